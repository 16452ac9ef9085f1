// Run by calendar-ics.test.ts in a child process with TZ set: prints the zone's offset and an .ics
// of fixed events, so the test can check dates do not move with the server's time zone.
import { buildIcs } from '../../../lib/ical';

const events = ['2099-03-01', '2099-01-01', '2099-12-31'].map((date, i) => ({
  slug: `entry-${i}`,
  kind: 'effective' as const,
  date,
  title: `Entry ${i}`,
  short: null,
  titleZh: null,
  issuers: ['cac'],
}));
const ics = buildIcs(events, { origin: 'https://digest.example.com', stamp: new Date(Date.UTC(2099, 0, 1, 12)), name: 'TZ check' });
process.stdout.write(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, offset: new Date(2099, 2, 1).getTimezoneOffset(), ics }));
