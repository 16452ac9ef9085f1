import { describe, expect, it } from 'vitest';
import { activityOf, describeActivity } from '../../lib/activity';

describe('activityOf', () => {
  it('counts per month over at least the twelve months up to the newest entry', () => {
    const a = activityOf(['2022-12-19', '2023-01-06', '2023-01-13', '2022-12-01']);
    expect(a.unit).toBe('month');
    expect(a.total).toBe(4);
    expect(a.bars).toHaveLength(12);
    expect(a.bars[0]).toEqual({ key: '2022-02', label: 'February 2022', count: 0 });
    expect(a.bars.at(-2)).toEqual({ key: '2022-12', label: 'December 2022', count: 2 });
    expect(a.bars.at(-1)).toEqual({ key: '2023-01', label: 'January 2023', count: 2 });
  });

  it('covers a longer span month by month up to two years', () => {
    const a = activityOf(['2021-02-10', '2023-01-31']);
    expect(a.unit).toBe('month');
    expect(a.bars).toHaveLength(24);
    expect(a.bars[0]!.key).toBe('2021-02');
  });

  it('switches to years beyond two years, filling empty years', () => {
    const a = activityOf(['2005-09-25', '2022-12-08', '2023-01-13']);
    expect(a.unit).toBe('year');
    expect(a.bars.map((b) => b.key)).toEqual(Array.from({ length: 19 }, (_, i) => String(2005 + i)));
    expect(a.bars.find((b) => b.key === '2005')!.count).toBe(1);
    expect(a.bars.find((b) => b.key === '2010')!.count).toBe(0);
    expect(a.bars.find((b) => b.key === '2022')!.count).toBe(1);
  });

  it('has no bars without entries', () => {
    expect(activityOf([])).toEqual({ unit: 'year', bars: [], total: 0 });
  });
});

describe('describeActivity', () => {
  it('reads the counts out in one sentence', () => {
    expect(describeActivity(activityOf(['2022-12-19', '2023-01-06']))).toBe(
      'Entries per month, February 2022 to January 2023: 1 in December 2022, 1 in January 2023; none in the other months.',
    );
  });
});
