import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { chinaToday, formatDate, formatPeriod, formatShortDate, isCalendarDate } from '@/lib/dates';
import { deriveStatus, statusLabel, type StatusInput } from '@/lib/status';
import { REPO } from './helpers/fixtures';

const TODAY = '2023-02-15';
const regulation = (over: Partial<StatusInput> = {}): StatusInput => ({
  category: 'regulation',
  stage: 'final',
  trial: false,
  effective: null,
  repealed: null,
  ...over,
});

describe('deriveStatus, with today injected', () => {
  it.each<[string, StatusInput, ReturnType<typeof deriveStatus>]>([
    ['a draft released for comment', regulation({ stage: 'draft', effective: '2022-01-01' }), 'draft-for-comment'],
    ['a draft wins over a past repeal date', regulation({ stage: 'draft', repealed: '2023-01-01' }), 'draft-for-comment'],
    ['repealed before today', regulation({ effective: '2020-01-01', repealed: '2023-01-01' }), 'repealed'],
    ['repealed today', regulation({ repealed: TODAY }), 'repealed'],
    ['to be repealed tomorrow', regulation({ repealed: '2023-02-16' }), 'in-force'],
    ['taking effect tomorrow', regulation({ effective: '2023-02-16' }), 'not-yet-in-force'],
    ['taking effect today', regulation({ effective: TODAY }), 'in-force'],
    ['in force since earlier', regulation({ effective: '2023-01-01' }), 'in-force'],
    ['no effective date at all', regulation(), 'in-force'],
    ['a standard', regulation({ category: 'standard' }), 'in-force'],
    ['a trial measure (the label says trial)', regulation({ trial: true }), 'in-force'],
    ['an enforcement action', regulation({ category: 'enforcement' }), null],
    ['a judgment', regulation({ category: 'judgment' }), null],
    ['an enforcement action with a future effective date', regulation({ category: 'enforcement', effective: '2099-01-01' }), null],
    ['a judgment marked stage: draft', regulation({ category: 'judgment', stage: 'draft' }), null],
  ])('%s', (_, entry, status) => {
    expect(deriveStatus(entry, TODAY)).toBe(status);
  });

  it('labels a trial measure in force "In force (trial)"', () => {
    expect(statusLabel('in-force', true)).toBe('In force (trial)');
    expect(statusLabel('in-force', false)).toBe('In force');
    expect(statusLabel('not-yet-in-force', true)).toBe('Not yet in force');
    expect(statusLabel('draft-for-comment')).toBe('Draft for comment');
    expect(statusLabel('repealed')).toBe('Repealed');
  });

  it('moves with the injected today, not the clock', () => {
    const entry = regulation({ effective: '2023-01-01' });
    expect(deriveStatus(entry, '2022-12-31')).toBe('not-yet-in-force');
    expect(deriveStatus(entry, '2023-01-01')).toBe('in-force');
  });
});

describe('chinaToday: the date in Asia/Shanghai (UTC+8, no daylight saving)', () => {
  it.each([
    ['2022-12-18T15:59:59.999Z', '2022-12-18'],
    ['2022-12-18T16:00:00.000Z', '2022-12-19'],
    ['2022-12-18T16:30:00Z', '2022-12-19'],
    ['2022-12-19T15:59:59Z', '2022-12-19'],
    ['2022-12-31T16:00:00Z', '2023-01-01'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
  ])('%s is %s in China', (instant, date) => {
    expect(chinaToday(new Date(instant))).toBe(date);
  });

  it('defaults to now and is a calendar date', () => {
    expect(isCalendarDate(chinaToday())).toBe(true);
  });
});

describe('formatting calendar dates', () => {
  it('formats a date, a short date and a period', () => {
    expect(formatDate('2022-12-19')).toBe('19 December 2022');
    expect(formatShortDate('2022-12-19')).toBe('19 Dec 2022');
    expect(formatPeriod('2022-12-01', '2023-01-31')).toBe('December 2022 - January 2023');
    expect(formatPeriod('2023-01-01', '2023-01-31')).toBe('January 2023');
  });

  it.each([
    ['2022-12-19', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['2023-13-01', false],
    ['19/12/2022', false],
    ['2022-12-9', false],
    ['2022-12-19T00:00:00Z', false],
  ])('isCalendarDate(%s) is %s', (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
  });
});

describe('dates never shift with the time zone of the process', () => {
  // A fresh Node process per zone: the zone is fixed when a process starts.
  const script = [
    "const { checkContent } = await import('./lib/content/check.ts');",
    "const { formatDate, formatPeriod } = await import('./lib/dates.ts');",
    "const r = await checkContent('content');",
    "if (!r.ok) throw new Error('seed content does not load');",
    "const e = r.catalogue.entries.find((x) => x.slug === 'twenty-data-measures');",
    "const ed = r.catalogue.editions[0];",
    'console.log(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, issued: e.issued, formatted: formatDate(e.issued), period: formatPeriod(ed.periodStart, ed.periodEnd) }));',
  ].join('\n');

  it.each(['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'UTC'])('TZ=%s prints 19 December 2022', (zone) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, TZ: zone },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      zone,
      issued: '2022-12-19',
      formatted: '19 December 2022',
      period: 'December 2022 - January 2023',
    });
  });
});
