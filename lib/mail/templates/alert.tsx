import { Button } from '@react-email/button';
import { Heading } from '@react-email/heading';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { EntryCard } from '../../catalogue/types';
import { CATEGORIES, SITE_NAME } from '../../constants';
import { formatDate } from '../../dates';
import { EntryItem, itemMetaText } from './entry-item';
import { EmailLayout, type FooterLinks } from './layout';
import { s } from './styles';
import { heading, textFooter, wrap } from './text';

/** Entries one alert lists; the rest are a link away. */
export const ALERT_LIMIT = 25;

export type AlertEmailProps = {
  /** The search in words: 'New from the CAC on Personal Information'. */
  title: string;
  /** The new matches, newest first (at most ALERT_LIMIT are shown). */
  entries: EntryCard[];
  frequency: 'daily' | 'weekly';
  /** The day (YYYY-MM-DD) of the last delivery: "since". */
  since: string;
  /** The search on the site. */
  search: string;
  entryUrl: (slug: string) => string;
  links: FooterLinks;
};

const reason = (frequency: string) => `You receive this ${frequency} alert because you asked ${SITE_NAME} to email you new entries matching this search.`;
const count = (n: number) => `${n} new ${n === 1 ? 'entry' : 'entries'}`;
const kicker = (entry: EntryCard) => CATEGORIES.find((c) => c.id === entry.category)?.short;

export function alertSubject(title: string, n: number): string {
  return `${title} (${count(n)})`;
}

/** The alert email: the search in words, the new entries as cards, and a link to the search on the site. */
export function AlertEmail({ title, entries, frequency, since, search, entryUrl, links }: AlertEmailProps) {
  const shown = entries.slice(0, ALERT_LIMIT);
  return (
    <EmailLayout preview={`${count(entries.length)}: ${shown.map((e) => e.short ?? e.title).join('; ')}`.slice(0, 140)} reason={reason(frequency)} links={links}>
      <Text style={s.eyebrow}>{frequency === 'daily' ? 'Daily' : 'Weekly'} search alert</Text>
      <Heading as="h1" style={s.h1}>
        {title}
      </Heading>
      <Text style={s.period}>
        {count(entries.length)} since {formatDate(since)}
      </Text>
      {shown.map((entry) => (
        <EntryItem key={entry.slug} entry={entry} url={entryUrl(entry.slug)} kicker={kicker(entry)} />
      ))}
      <Section style={{ padding: '18px 0 22px', borderTop: '1px solid #dde2e8' }}>
        {entries.length > shown.length && <Text style={s.text}>And {entries.length - shown.length} more: every match is on the site.</Text>}
        <Button href={search} style={s.button}>
          See this search on the site
        </Button>
      </Section>
    </EmailLayout>
  );
}

/** The alert email's text part. */
export function alertText({ title, entries, frequency, since, search, entryUrl, links }: AlertEmailProps): string {
  const shown = entries.slice(0, ALERT_LIMIT);
  const out: string[] = [SITE_NAME.toUpperCase(), '', heading(title), `${count(entries.length)} since ${formatDate(since)}`, ''];
  for (const entry of shown) {
    out.push(`* ${kicker(entry) ?? ''}`.trimEnd());
    out.push(wrap(entry.title, '  '));
    if (entry.short) out.push(wrap(`(${entry.short})`, '  '));
    if (entry.titleZh) out.push(`  ${entry.titleZh}`);
    out.push(wrap(itemMetaText(entry), '  '));
    if (entry.summary) out.push(wrap(entry.summary, '  '));
    out.push(`  ${entryUrl(entry.slug)}`, '');
  }
  if (entries.length > shown.length) out.push(`And ${entries.length - shown.length} more: every match is on the site.`);
  out.push(`See this search on the site: ${search}`, '', textFooter(reason(frequency), links));
  return out.join('\n');
}
