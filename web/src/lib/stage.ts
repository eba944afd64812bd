/** The stage a reminder should be at, suggested from the invoice's due date and today's date. */
import type { Stage } from '../../../rules/core/types.ts';

const DAY = 86_400_000;

/** Whole days from `dueDate` to `today` (positive = past due); null when a date is missing or invalid. */
export function daysPastDue(dueDate: string | undefined, today: string): number | null {
  if (!dueDate) return null;
  const due = Date.parse(`${dueDate}T00:00:00Z`);
  const now = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(due) || Number.isNaN(now)) return null;
  return Math.round((now - due) / DAY);
}

/**
 * DESIGN.md's stages by date: before the due date → `before-due`; on it or up to a week after →
 * `due`; the follow-up in the second week → `overdue`; more than two weeks → `collection`;
 * more than six weeks → `final-demand` (the last resort, which a person should still confirm).
 */
export function suggestStage(dueDate: string | undefined, today: string): Stage | null {
  const days = daysPastDue(dueDate, today);
  if (days === null) return null;
  if (days < 0) return 'before-due';
  if (days <= 6) return 'due';
  if (days <= 14) return 'overdue';
  if (days <= 42) return 'collection';
  return 'final-demand';
}

/** Today's date (yyyy-mm-dd) in the user's own time zone. */
export function localToday(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
