import type { StatusId } from '@/lib/constants';
import { formatDateAs, statusParts, type DateStyle, type StatusSource } from '@/lib/labels';
import { statusLabel } from '@/lib/status';

/** The derived status as a labelled badge; nothing for entries without a status. */
export function StatusBadge({ status, trial }: { status: StatusId | null; trial: boolean }) {
  if (!status) return null;
  return <span className={`badge badge-${status}`}>{statusLabel(status, trial)}</span>;
}

/**
 * The status with the date it turns on (lib/labels.ts): "[In force] since 1 Sep 2022", "[Draft for
 * comment] comments close 14 Oct 2099", "[Repealed] 1 Jun 2017". The badge carries the colour; the
 * words say it, so nothing is told by colour alone. `dated`: the date is labelled by what precedes it.
 */
export function StatusLine({ entry, today, style }: { entry: StatusSource; today: string; style: DateStyle }) {
  const parts = statusParts(entry, today);
  if (!parts || !entry.status) return null;
  return (
    <span className="status dated">
      <StatusBadge status={entry.status} trial={entry.trial} />
      {parts.phrase && (
        <>
          {parts.phrase !== 'since' && <span className="visually-hidden">:</span>} <span className="status-phrase">{parts.phrase}</span>
        </>
      )}
      {parts.date && (
        <>
          {' '}
          <time dateTime={parts.date}>{formatDateAs(parts.date, style)}</time>
        </>
      )}
    </span>
  );
}
