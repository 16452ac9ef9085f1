import { Body } from '@react-email/body';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Html } from '@react-email/html';
import { Link } from '@react-email/link';
import { Preview } from '@react-email/preview';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { ReactNode } from 'react';
import { SITE_NAME } from '../../constants';
import { s } from './styles';

/** The links every email ends with. */
export type FooterLinks = { site: string; manage: string; unsubscribe: string };

/**
 * One email: the masthead, the message, and the footer saying why it came and how to stop it.
 * 600 px wide at most, one column, so it reads the same on a desktop client and a phone.
 */
export function EmailLayout({ preview, reason, links, children }: { preview: string; reason: string; links: FooterLinks; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={s.body}>
        <Container style={s.container}>
          <Section style={s.masthead}>
            <Text style={s.mastheadName}>{SITE_NAME}</Text>
            <Text style={s.mastheadLine}>China technology, media and telecom regulation</Text>
          </Section>
          <Section style={s.main}>{children}</Section>
          <Section style={s.footer}>
            <Text style={s.footerText}>{reason}</Text>
            <Text style={s.footerText}>
              <Link href={links.manage} style={s.footerLink}>
                Manage your subscriptions
              </Link>
              {'  ·  '}
              <Link href={links.unsubscribe} style={s.footerLink}>
                Unsubscribe
              </Link>
              {'  ·  '}
              <Link href={links.site} style={s.footerLink}>
                {new URL(links.site).host}
              </Link>
            </Text>
            <Text style={s.footerText}>Summaries are commentary, not legal advice.</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
