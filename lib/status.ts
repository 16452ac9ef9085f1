import { STATUSES, type StatusId } from './constants';

export type StatusInput = {
  category: string;
  stage: string;
  trial: boolean;
  effective: string | null | undefined;
  repealed: string | null | undefined;
};

/** The contract's derived status on `today` (YYYY-MM-DD, China time); null for enforcement actions and judgments. */
export function deriveStatus(entry: StatusInput, today: string): StatusId | null {
  // "Enforcement actions and judgments have no status", whatever dates they carry.
  if (entry.category === 'enforcement' || entry.category === 'judgment') return null;
  if (entry.stage === 'draft') return 'draft-for-comment';
  if (entry.repealed && entry.repealed <= today) return 'repealed';
  if (entry.effective && entry.effective > today) return 'not-yet-in-force';
  return 'in-force';
}

/** The label a reader sees: "In force (trial)" for trial measures in force. */
export function statusLabel(status: StatusId, trial = false): string {
  const label = STATUSES.find((s) => s.id === status)?.label ?? status;
  return status === 'in-force' && trial ? `${label} (trial)` : label;
}
