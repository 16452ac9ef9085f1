import { Heading } from '@react-email/heading';
import { Hr } from '@react-email/hr';
import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import { entryNumber, numberedParts } from '../../catalogue/numbering';
import type { EditionDetail } from '../../catalogue/types';
import { SITE_NAME } from '../../constants';
import { formatDate, formatPeriod } from '../../dates';
import { EntryItem, itemMetaText } from './entry-item';
import { EmailLayout, type FooterLinks } from './layout';
import { s } from './styles';
import { heading, textFooter, wrap } from './text';

export type EditionEmailProps = {
  edition: EditionDetail;
  /** The observations as email-safe HTML (absolute links, inline styles) and as text. */
  observations: { html: string; text: string };
  /** The edition's page ("View in browser"). */
  view: string;
  entryUrl: (slug: string) => string;
  links: FooterLinks;
};

export const EDITION_REASON = `You receive this because you subscribed to each new edition of ${SITE_NAME}.`;

export function editionSubject(edition: Pick<EditionDetail, 'title' | 'periodStart' | 'periodEnd'>): string {
  return `${SITE_NAME}: ${edition.title}, ${formatPeriod(edition.periodStart, edition.periodEnd)}`;
}

/** The edition email: title and period, "View in browser", the observations, then every item by part, numbered as on the site. */
export function EditionEmail({ edition, observations, view, entryUrl, links }: EditionEmailProps) {
  const parts = numberedParts(edition);
  const total = parts.reduce((n, p) => n + p.entries.length, 0);
  const period = formatPeriod(edition.periodStart, edition.periodEnd);
  return (
    <EmailLayout preview={`${edition.title}, ${period}: ${total} ${total === 1 ? 'item' : 'items'}`} reason={EDITION_REASON} links={links}>
      <Text style={s.eyebrow}>New edition</Text>
      <Heading as="h1" style={s.h1}>
        {edition.title}
      </Heading>
      <Text style={s.period}>
        {period} · {total} {total === 1 ? 'item' : 'items'}
        {edition.published && <> · published {formatDate(edition.published)}</>}
      </Text>
      <Text style={s.viewOnline}>
        <Link href={view} style={s.link}>
          View in browser
        </Link>
      </Text>
      {observations.html && (
        <Section>
          <Heading as="h2" style={s.h2}>
            Our Observations
          </Heading>
          <div style={s.prose} dangerouslySetInnerHTML={{ __html: observations.html }} />
        </Section>
      )}
      {parts.map((part) => (
        <Section key={part.category}>
          <Heading as="h2" style={s.h2}>
            <span style={s.partNumber}>Part {part.number}</span>
            {part.label}
          </Heading>
          {part.entries.map((entry, n) => (
            <EntryItem key={entry.slug} entry={entry} url={entryUrl(entry.slug)} number={entryNumber(entry, n)} />
          ))}
        </Section>
      ))}
      <Hr style={s.rule} />
      <Text style={s.text}>
        <Link href={view} style={s.link}>
          Read this edition on the site
        </Link>
      </Text>
    </EmailLayout>
  );
}

/** The edition email's text part. */
export function editionText({ edition, observations, view, entryUrl, links }: EditionEmailProps): string {
  const out: string[] = [SITE_NAME.toUpperCase(), '', heading(edition.title), formatPeriod(edition.periodStart, edition.periodEnd), '', `View in browser: ${view}`, ''];
  if (observations.text) out.push(heading('Our Observations', 2), '', observations.text, '');
  for (const part of numberedParts(edition)) {
    out.push(heading(`Part ${part.number}. ${part.label}`, 2), '');
    part.entries.forEach((entry, n) => {
      const number = `${entryNumber(entry, n)}. `;
      const indent = ' '.repeat(number.length);
      out.push(wrap(`${number}${entry.title}`, '').replace(/\n/g, `\n${indent}`));
      if (entry.short) out.push(wrap(`(${entry.short})`, indent));
      if (entry.titleZh) out.push(indent + entry.titleZh);
      out.push(wrap(itemMetaText(entry), indent));
      if (entry.summary) out.push(wrap(entry.summary, indent));
      out.push(`${indent}${entryUrl(entry.slug)}`, '');
    });
  }
  out.push(textFooter(EDITION_REASON, links));
  return out.join('\n');
}
