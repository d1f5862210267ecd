import { addWorkingDays as addOfficialWorkingDays } from '@sunshine/contracts';

/**
 * When a return visit falls due (回访, MISSION 3.3): every reply of every case is followed by a
 * visit within `FEEDBACK_VISIT_WORKING_DAYS` working days (default 5; the district's rule — the
 * regulations set none). Working days skip weekends and the official public holidays, and count
 * their make-up working days (调休), by the calendar of `chinese-days` as routing's return-by
 * does. The reply's own day does not count; the visit is due by the end of the last day, in
 * the district's time zone.
 */

export const VISIT_TIME_ZONE = 'Asia/Shanghai';

export type VisitDueStatus = 'due' | 'overdue';

/** The end of the n-th working day after a moment (the official calendar of China, from the contracts). */
export function addWorkingDays(from: Date, n: number, timeZone = VISIT_TIME_ZONE): Date {
  return addOfficialWorkingDays(from, n, timeZone);
}

/** The visit of a reply made at `repliedAt` is due by this moment. */
export function visitDueBy(repliedAt: Date, workingDays: number, timeZone = VISIT_TIME_ZONE): Date {
  return addWorkingDays(repliedAt, workingDays, timeZone);
}

export interface ScheduledVisit {
  /** The latest reply round (0: none known yet). */
  round?: number;
  /** The latest round a visit was recorded for. */
  visitedRound?: number;
  dueBy?: Date;
}

/**
 * Whether the latest reply still awaits its visit, and how it stands now: `due` until the end of
 * its last working day, `overdue` after; undefined when visited (or nothing to visit yet).
 */
export function visitStatus(visit: ScheduledVisit, now: Date): VisitDueStatus | undefined {
  if (!visit.round || !visit.dueBy || (visit.visitedRound ?? 0) >= visit.round) return undefined;
  return new Date(visit.dueBy).getTime() < now.getTime() ? 'overdue' : 'due';
}
