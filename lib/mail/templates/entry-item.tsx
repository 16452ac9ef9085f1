import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { EntryCard } from '../../catalogue/types';
import { formatDate } from '../../dates';
import { statusLabel } from '../../status';
import { s } from './styles';

/** Who issued an entry, as the site lists them: 'A, B and C' (then the note on who else took part). */
export function issuersText(entry: Pick<EntryCard, 'issuers' | 'issuersNote'>): string {
  const names = entry.issuers.map((a) => a.name);
  const joined = entry.issuersNote || names.length < 2 ? names.join(', ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return entry.issuersNote ? `${joined} ${entry.issuersNote}` : joined;
}

/** An entry as an email lists it: number, short name linking to its permalink, full title, issuers, date, status, summary. */
export function EntryItem({ entry, url, number, kicker }: { entry: EntryCard; url: string; number?: number; kicker?: string }) {
  return (
    <Section style={s.item}>
      {kicker && <Text style={{ ...s.eyebrow, margin: '0 0 4px', fontSize: '11px' }}>{kicker}</Text>}
      <Text style={s.itemTitle}>
        {number !== undefined && <span style={s.itemNumber}>{number}.</span>}
        <Link href={url} style={s.itemLink}>
          {entry.short ?? entry.title}
        </Link>
      </Text>
      {entry.short && <Text style={s.itemFull}>{entry.title}</Text>}
      {entry.titleZh && (
        <Text style={s.itemZh} lang="zh-CN">
          {entry.titleZh}
        </Text>
      )}
      <Text style={s.itemMeta}>
        {issuersText(entry)} · {formatDate(entry.issued)}
        {entry.status && (
          <>
            {' '}
            <span style={s.status}>{statusLabel(entry.status, entry.trial)}</span>
          </>
        )}
      </Text>
      {entry.summary && <Text style={s.summary}>{entry.summary}</Text>}
    </Section>
  );
}
