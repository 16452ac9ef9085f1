'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition, type FormEvent } from 'react';

type Props = {
  q: string;
  from: string | null;
  to: string | null;
  sort: string;
  /** Filters kept when the query changes: [name, value] pairs for hidden inputs. */
  hidden: [string, string][];
};

const DEBOUNCE_MS = 300;

/**
 * The search form. Without JavaScript it is a plain GET form; with it, results follow the typing
 * (debounced) and the URL is replaced, without a full page load.
 */
export function SearchForm({ q, from, to, sort, hidden }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const target = () => {
    const data = new FormData(form.current!);
    const params = new URLSearchParams();
    for (const [name, value] of data) if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
    const qs = params.toString();
    return qs ? `${pathname}?${qs}` : pathname;
  };

  const update = (mode: 'replace' | 'push') => {
    if (timer.current) clearTimeout(timer.current);
    const url = target();
    startTransition(() => (mode === 'push' ? router.push(url, { scroll: false }) : router.replace(url, { scroll: false })));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update('push');
  };

  const onType = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => update('replace'), DEBOUNCE_MS);
  };

  return (
    <form ref={form} action="/search" method="get" role="search" aria-label="Search entries with filters" className="search-form" onSubmit={onSubmit} aria-busy={pending}>
      <div className="search-row">
        <label htmlFor="search-q" className="visually-hidden">
          Search entries
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder="Title, authority (CAC, 网信办), topic, document number…"
          autoComplete="off"
          maxLength={500}
          onChange={onType}
        />
        <button type="submit">Search</button>
      </div>
      <div className="search-options">
        <label>
          Issued from <input type="date" name="from" defaultValue={from ?? ''} onChange={() => update('replace')} />
        </label>
        <label>
          to <input type="date" name="to" defaultValue={to ?? ''} onChange={() => update('replace')} />
        </label>
        <label>
          Sort{' '}
          <select name="sort" defaultValue={sort} onChange={() => update('replace')}>
            <option value="relevance">Relevance</option>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
      </div>
      {hidden.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
    </form>
  );
}
