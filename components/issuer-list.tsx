import type { IssuerRef } from '@/lib/catalogue/types';

/** Issuers in the digest's order, each linked to its authority page, then the note on who else took part. */
export function IssuerList({ issuers, note, link = true }: { issuers: IssuerRef[]; note?: string | null; link?: boolean }) {
  return (
    <span className="issuers">
      {issuers.map((a, i) => (
        <span key={a.id}>
          {i > 0 && (i === issuers.length - 1 && !note ? ' and ' : ', ')}
          {link ? (
            <a href={`/authorities/${a.id}`} title={a.nameZh ?? undefined}>
              {a.name}
            </a>
          ) : (
            a.name
          )}
        </span>
      ))}
      {note ? ` ${note}` : null}
    </span>
  );
}
