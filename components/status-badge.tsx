import type { StatusId } from '@/lib/constants';
import { statusLabel } from '@/lib/status';

/** The derived status as a labelled badge; nothing for entries without a status. */
export function StatusBadge({ status, trial }: { status: StatusId | null; trial: boolean }) {
  if (!status) return null;
  return <span className={`badge badge-${status}`}>{statusLabel(status, trial)}</span>;
}
