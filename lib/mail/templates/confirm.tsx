import { Button } from '@react-email/button';
import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import { SITE_NAME } from '../../constants';
import { EmailLayout, type FooterLinks } from './layout';
import { s } from './styles';
import { heading, textFooter, wrap } from './text';

export type ConfirmEmailProps = {
  /** What was asked for, in words: 'each new edition of the digest', or the search and its rhythm. */
  what: string;
  confirm: string;
  links: FooterLinks;
};

export const CONFIRM_SUBJECT = `Confirm your subscription to ${SITE_NAME}`;
const REASON = `You receive this because someone, probably you, asked ${SITE_NAME} to email this address. Nothing more is sent unless the subscription is confirmed.`;

/** The confirmation email (double opt-in): one button, valid 48 hours. */
export function ConfirmEmail({ what, confirm, links }: ConfirmEmailProps) {
  return (
    <EmailLayout preview={`Confirm that you want ${what}.`} reason={REASON} links={links}>
      <Text style={s.eyebrow}>Please confirm</Text>
      <Heading as="h1" style={s.h1}>
        Confirm your subscription
      </Heading>
      <Text style={s.text}>
        We received a request to send you <strong>{what}</strong>. To start receiving it, confirm that this is your address:
      </Text>
      <Section style={{ padding: '6px 0 20px' }}>
        <Button href={confirm} style={s.button}>
          Confirm subscription
        </Button>
      </Section>
      <Text style={{ ...s.text, fontSize: '13px', lineHeight: '20px' }}>
        Or open this link:{' '}
        <Link href={confirm} style={{ ...s.link, wordBreak: 'break-all' }}>
          {confirm}
        </Link>
      </Text>
      <Text
        style={{
          ...s.text,
          fontSize: '13px',
          lineHeight: '20px',
          color: '#5b6573',
        }}
      >
        The link works for 48 hours. If you did not ask for this, ignore this email: nothing more will be sent to you.
      </Text>
    </EmailLayout>
  );
}

export function confirmText({ what, confirm, links }: ConfirmEmailProps): string {
  return [
    SITE_NAME.toUpperCase(),
    '',
    heading('Confirm your subscription'),
    '',
    wrap(`We received a request to send you ${what}. To start receiving it, confirm that this is your address by opening this link:`),
    '',
    confirm,
    '',
    wrap('The link works for 48 hours. If you did not ask for this, ignore this email: nothing more will be sent to you.'),
    '',
    textFooter(REASON, links),
  ].join('\n');
}
