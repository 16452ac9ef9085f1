import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { EntryCard } from '../../catalogue/types';
import { formatDate } from '../../dates';
import { issuedLabel, phraseText, statusParts } from '../../labels';
import { s } from './styles';

/** Who issued an entry, as the site lists them: 'A, B and C' (then the note on who else took part). */
export function issuersText(entry: Pick<EntryCard, 'issuers' | 'issuersNote'>): string {
  const names = entry.issuers.map((a) => a.name);
  const joined = entry.issuersNote || names.length < 2 ? names.join(', ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return entry.issuersNote ? `${joined} ${entry.issuersNote}` : joined;
}

/** "Issued 19 December 2022 by A and B" ("Decided" for a judgment): every date labelled, as on the site. */
export function issuedText(entry: EntryCard): string {
  return `${issuedLabel(entry.category)} ${formatDate(entry.issued)} by ${issuersText(entry)}`;
}

/** The status with its date, as of the day it was derived ("In force since 1 September 2022"), or ''. */
export function statusLine(entry: EntryCard): string {
  const parts = statusParts(entry, entry.asOf);
  return parts ? `${parts.label}${phraseText(parts.phrase)}${parts.date ? ` ${formatDate(parts.date)}` : ''}` : '';
}

/** An item's line under its titles, in a text part: "Issued … by … · In force since …". */
export function itemMetaText(entry: EntryCard): string {
  return [issuedText(entry), statusLine(entry)].filter(Boolean).join(' · ');
}

/** An entry as an email lists it, as the site does: the full title linking to its permalink, short name, Chinese title, labelled dates, summary. */
export function EntryItem({ entry, url, number, kicker }: { entry: EntryCard; url: string; number?: number; kicker?: string }) {
  return (
    <Section style={s.item}>
      {kicker && <Text style={{ ...s.eyebrow, margin: '0 0 4px', fontSize: '11px' }}>{kicker}</Text>}
      <Text style={s.itemTitle}>
        {number !== undefined && <span style={s.itemNumber}>{number}.</span>}
        <Link href={url} style={s.itemLink}>
          {entry.title}
        </Link>
      </Text>
      {entry.short && <Text style={s.itemFull}>{entry.short}</Text>}
      {entry.titleZh && (
        <Text style={s.itemZh} lang="zh-CN">
          {entry.titleZh}
        </Text>
      )}
      <Text style={s.itemMeta}>
        {issuedText(entry)}
        {entry.status && (
          <>
            {' · '}
            <span style={s.status}>{statusLine(entry)}</span>
          </>
        )}
      </Text>
      {entry.summary && <Text style={s.summary}>{entry.summary}</Text>}
    </Section>
  );
}
