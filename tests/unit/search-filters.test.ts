import { describe, expect, it } from 'vitest';
import { presetOf, presetRange } from '@/lib/search/date-presets';
import { SearchEngine } from '@/lib/search/engine';
import { parseSearchParams } from '@/lib/search/params';
import { CORPUS, DOCS, KNOWN, TODAY } from '../fixtures/search/corpus';

// The search page's filters (issue 16): "Date issued" presets, and the "+n" a value adds to a
// group with a choice made.

const engine = new SearchEngine(CORPUS);
const parse = (qs: string, today: string | null = '2026-11-29') => parseSearchParams(new URLSearchParams(qs), KNOWN, today);
const total = (qs: string) => engine.search(parse(qs, TODAY).filters, TODAY).total;

describe('"Date issued" presets', () => {
  it('a year is that calendar year; this year runs from 1 January; the last 12 months end today', () => {
    expect(presetRange('2023', null)).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
    expect(presetRange('this-year', '2026-11-29')).toMatchObject({ from: '2026-01-01', to: null });
    expect(presetRange('12m', '2026-11-29')).toMatchObject({ from: '2025-11-30', to: null });
    // 29 February: twelve months back is 28 February, so the range starts on 1 March.
    expect(presetRange('12m', '2024-02-29')).toMatchObject({ from: '2023-03-01', to: null });
    for (const other of ['any', 'custom', '', 'yesterday', '20233', null]) expect(presetRange(other, '2026-11-29'), String(other)).toBeNull();
  });

  it('a range shows as the choice it came from', () => {
    expect(presetOf(null, null, '2026-11-29')).toBe('any');
    expect(presetOf('2026-01-01', null, '2026-11-29')).toBe('this-year');
    expect(presetOf('2025-11-30', null, '2026-11-29')).toBe('12m');
    expect(presetOf('2023-01-01', '2023-12-31', '2026-11-29')).toBe('2023');
    expect(presetOf('2023-01-01', '2023-06-30', '2026-11-29')).toBe('custom');
    expect(presetOf(null, '2023-06-30', '2026-11-29')).toBe('custom');
  });

  it('a preset sent by the form replaces the dates sent with it; "any" and "custom" keep them', () => {
    expect(parse('issued=2023&from=2020-01-01&to=2020-02-01').filters).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
    expect(parse('issued=12m&from=2020-01-01').filters).toMatchObject({ from: '2025-11-30', to: null });
    expect(parse('issued=any&from=2020-01-01').filters).toMatchObject({ from: '2020-01-01', to: null });
    expect(parse('issued=custom&from=2020-01-01&to=2020-02-01').filters).toMatchObject({ from: '2020-01-01', to: '2020-02-01' });
    // Without today (a stored subscription), relative presets are not guessed.
    expect(parse('issued=this-year', null).filters).toMatchObject({ from: null, to: null });
    expect(parse('issued=nonsense').problems).toEqual([]);
  });
});

describe('what a value adds to a group with a choice made', () => {
  const groups = [
    { param: 'category', values: [...new Set(DOCS.map((d) => d.category))] },
    { param: 'issuer', values: [...new Set(DOCS.flatMap((d) => d.issuers))] },
    { param: 'topic', values: [...new Set(DOCS.flatMap((d) => d.topics))] },
  ];
  for (const { param, values } of groups) {
    it(`${param}: "+n" is exactly how many more entries choosing it shows`, () => {
      let checked = 0;
      for (const chosen of values.slice(0, 4)) {
        const base = `${param}=${chosen}`;
        const widen = engine.search(parse(base, TODAY).filters, TODAY).widen[param as 'category' | 'issuer' | 'topic']!;
        expect(widen, base).toBeDefined();
        for (const other of values) {
          if (other === chosen) continue;
          expect(widen[other] ?? 0, `${base} + ${other}`).toBe(total(`${base}&${param}=${other}`) - total(base));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(2);
    });
  }

  it('under a query and another group’s filter too', () => {
    const base = 'q=data&status=in-force&category=regulation';
    const widen = engine.search(parse(base, TODAY).filters, TODAY).widen;
    expect(widen.category).toBeDefined();
    expect(widen.issuer).toBeUndefined();
    for (const other of ['standard', 'enforcement', 'judgment']) expect(widen.category![other] ?? 0, other).toBe(total(`${base}&category=${other}`) - total(base));
  });
});
