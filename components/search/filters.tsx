import type { ReactNode } from 'react';
import { CATEGORIES, STATUSES } from '@/lib/constants';
import { presetOf, relativePresets, yearPreset } from '@/lib/search/date-presets';
import type { FacetWiden, SearchFilters, SearchResult } from '@/lib/search/types';

type Group = 'category' | 'status' | 'issuer' | 'topic';

export type FiltersProps = {
  filters: SearchFilters;
  result: Pick<SearchResult, 'facets' | 'widen' | 'total'>;
  today: string;
  issuerName: (id: string) => string;
  topicLabel: (id: string) => string;
  /** The search as it stands: where "Close" goes without JavaScript. */
  closeHref: string;
  /** The search with its words and sort only: "Clear filters". */
  clearHref: string;
};

/** How many filter values are chosen: the number on the "Filters (n)" control. */
export function chosenCount(f: SearchFilters): number {
  return f.category.length + f.status.length + f.issuer.length + f.topic.length + f.jurisdiction.length + f.edition.length + (f.from || f.to ? 1 : 0);
}

/**
 * The search's filters as real form controls in the page's GET form: checkboxes for the groups whose
 * values are alternatives (any of the chosen categories, issuers...), radio buttons for the date
 * issued, and a "Show results" button that applies them. On a phone it is a sheet opened by the
 * "Filters (n)" control beside the result count (a <details>, so it opens without JavaScript); on a
 * desk it is the column beside the results. Counts say what a choice gives: in a group with nothing
 * chosen, the entries you would see; in a group with a choice made, "+n", the entries it would add.
 */
export function FiltersPanel({ filters, result, today, issuerName, topicLabel, closeHref, clearHref }: FiltersProps) {
  const { facets, widen } = result;
  const n = chosenCount(filters);
  const top = (counts: Record<string, number>, chosen: string[], name: (id: string) => string) => {
    const list = Object.entries(counts)
      .filter(([, c]) => c > 0)
      .sort((a, b) => b[1] - a[1] || name(a[0]).localeCompare(name(b[0])))
      .slice(0, 20)
      .map(([id]) => id);
    // The values chosen first, then the rest, most entries first.
    return [...chosen, ...list.filter((id) => !chosen.includes(id))];
  };
  const choice = (group: Group, ids: string[], label: (id: string) => string, chosen: string[]) =>
    ids
      .filter((id) => chosen.includes(id) || (facets[group][id] ?? 0) > 0)
      .map((id) => <Choice key={id} group={group} id={id} label={label(id)} chosen={chosen.includes(id)} count={facets[group][id] ?? 0} widen={widen} />);

  const categories = choice('category', CATEGORIES.map((c) => c.id), (id) => CATEGORIES.find((c) => c.id === id)!.short, filters.category);
  const statuses = choice('status', STATUSES.map((s) => s.id), (id) => STATUSES.find((s) => s.id === id)!.label, filters.status);
  const issuers = choice('issuer', top(facets.issuer, filters.issuer, issuerName), issuerName, filters.issuer);
  const topics = choice('topic', top(facets.topic, filters.topic, topicLabel), topicLabel, filters.topic);

  return (
    <details className="filters" id="filters">
      <summary className="filters-toggle">
        Filters{n > 0 && <span className="filters-n"> ({n})</span>}
      </summary>
      <div className="filters-panel">
        <div className="filters-head">
          <h2 id="filters-title" tabIndex={-1}>
            Filters
          </h2>
          <a href={closeHref} className="filters-close" aria-label="Close filters">
            Close
          </a>
        </div>
        <p className="filters-help">
          Numbers are the entries you would see; <b>+n</b>, the entries a choice adds to those already chosen.
        </p>
        <Fieldset legend="Category">{categories}</Fieldset>
        <Fieldset legend="Status">{statuses}</Fieldset>
        <DateIssued filters={filters} years={facets.year} today={today} />
        <Fieldset legend="Issuing authority">
          {issuers}
          <label className="choice choice-local">
            <input type="checkbox" name="local" value="1" defaultChecked={filters.local} />
            <span className="choice-label">Include their local offices</span>
          </label>
        </Fieldset>
        <Fieldset legend="Topic">{topics}</Fieldset>
        {filters.jurisdiction.map((j) => (
          <input key={`j-${j}`} type="hidden" name="jurisdiction" value={j} />
        ))}
        {filters.edition.map((e) => (
          <input key={`e-${e}`} type="hidden" name="edition" value={e} />
        ))}
        <div className="filters-apply">
          <button type="submit" className="button" data-show-results data-total={result.total}>
            Show results
          </button>
          {n > 0 && <a href={clearHref}>Clear filters</a>}
        </div>
      </div>
    </details>
  );
}

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  const items = Array.isArray(children) ? children.flat().filter(Boolean) : [children];
  if (items.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function Choice({ group, id, label, chosen, count, widen }: { group: Group; id: string; label: string; chosen: boolean; count: number; widen: FacetWiden }) {
  const adds = widen[group];
  // In a group with a choice made, an unchosen value widens the results: say by how much.
  const shown = adds && !chosen ? { text: `+${adds[id] ?? 0}`, spoken: `adds ${adds[id] ?? 0}` } : { text: String(count), spoken: `${count} ${count === 1 ? 'entry' : 'entries'}` };
  return (
    <label className="choice">
      <input type="checkbox" name={group} value={id} defaultChecked={chosen} />
      <span className="choice-label">{label}</span>{' '}
      <span className="facet-count">
        <span aria-hidden="true">{shown.text}</span>
        <span className="visually-hidden">({shown.spoken})</span>
      </span>
    </label>
  );
}

/** "Date issued": any time, this year, the last 12 months, a year with entries, or a range typed in. */
function DateIssued({ filters, years, today }: { filters: SearchFilters; years: Record<string, number>; today: string }) {
  const current = presetOf(filters.from, filters.to, today);
  const options = [
    { id: 'any', label: 'Any time', count: null as number | null },
    ...relativePresets(today).map((p) => ({ id: p.id, label: p.label, count: null })),
    // Years with entries under the other filters, and the year chosen even when it has none.
    ...[...new Set([...Object.keys(years), ...(/^\d{4}$/.test(current) ? [current] : [])])]
      .sort((a, b) => b.localeCompare(a))
      .map((y) => ({ id: yearPreset(y).id, label: y, count: years[y] ?? 0 })),
    { id: 'custom', label: 'Between dates', count: null },
  ];
  const custom = current === 'custom';
  return (
    <fieldset className="facet date-issued">
      <legend>Date issued</legend>
      {options.map((o) => (
        <label key={o.id} className="choice">
          <input type="radio" name="issued" value={o.id} defaultChecked={current === o.id} />
          <span className="choice-label">{o.label}</span>
          {o.count !== null && (
            <>
              {' '}
              <span className="facet-count">
                <span aria-hidden="true">{o.count}</span>
                <span className="visually-hidden">({o.count} {o.count === 1 ? 'entry' : 'entries'})</span>
              </span>
            </>
          )}
        </label>
      ))}
      <div className="date-range">
        <label>
          From
          <input type="date" name="from" defaultValue={custom ? (filters.from ?? '') : ''} />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={custom ? (filters.to ?? '') : ''} />
        </label>
      </div>
    </fieldset>
  );
}
