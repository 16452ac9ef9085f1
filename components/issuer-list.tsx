import Link from 'next/link';
import type { IssuerRef } from '@/lib/catalogue/queries';

/** Issuers in the digest's order, each linked to its authority page, then the note on who else took part. */
export function IssuerList({ issuers, note, link = true }: { issuers: IssuerRef[]; note?: string | null; link?: boolean }) {
  return (
    <span className="issuers">
      {issuers.map((a, i) => (
        <span key={a.id}>
          {i > 0 && (i === issuers.length - 1 && !note ? ' and ' : ', ')}
          {link ? (
            <Link href={`/authorities/${a.id}`} title={a.nameZh ?? undefined}>
              {a.name}
            </Link>
          ) : (
            a.name
          )}
        </span>
      ))}
      {note ? ` ${note}` : null}
    </span>
  );
}
