'use client';

import Link from 'next/link';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="empty">
      <p className="eyebrow">Error</p>
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Please try again in a moment.</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>{' '}
        or go to <Link href="/">the latest edition</Link>.
      </p>
      {error.digest && <p className="muted">Reference: {error.digest}</p>}
    </div>
  );
}
