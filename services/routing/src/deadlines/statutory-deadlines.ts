import { isWorkday } from 'chinese-days';
import { endOfLocalDay, localDate, STATUTORY } from '@sunshine/contracts';

const DAY = 86_400_000;

export interface DeadlineRules {
  /** 信访工作条例 art. 31: decide on acceptance within this many days of receipt. */
  acceptDays: number;
  /** art. 32: handle and reply within this many days of acceptance. */
  handleDays: number;
  /** A misrouted item goes back within this many working days of its assignment. */
  returnWorkingDays: number;
  timeZone: string;
}

export const STATUTORY_DEADLINES: DeadlineRules = {
  acceptDays: STATUTORY.acceptDays,
  handleDays: STATUTORY.handleDays,
  returnWorkingDays: STATUTORY.returnWorkingDays,
  timeZone: 'Asia/Shanghai',
};

// One calendar for every service: the local date and the end of a local day come from the contracts.
export { endOfLocalDay, localDate };

/**
 * The end of the n-th working day after a moment, by the official calendar of public holidays
 * and their make-up working days (调休) — `chinese-days`, kept up to date with the State
 * Council's notices. The day of the moment itself does not count.
 */
export function addWorkingDays(from: Date, n: number, timeZone: string): Date {
  let day = localDate(from, timeZone);
  let counted = 0;
  while (counted < n) {
    const [y, m, d] = day.split('-').map(Number);
    day = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    if (isWorkday(day)) counted += 1;
  }
  return endOfLocalDay(day, timeZone);
}

export interface AssignmentDeadlines {
  acceptBy: Date;
  /** Provisional: fixed by the unit's acceptance (handleDays from it). */
  handleBy: Date;
  /** Until when the unit may return the item as not its own. */
  returnBy: Date;
}

/**
 * Deadlines of an assignment: accept-by counts from receipt (a reassignment does not restart
 * the petitioner's clock); handle-by provisionally as if accepted on the last day; an
 * upper-level office's earlier deadline wins for both.
 */
export function assignmentDeadlines(receivedAt: Date, assignedAt: Date, rules: DeadlineRules, dueBy?: Date): AssignmentDeadlines {
  let acceptBy = new Date(receivedAt.getTime() + rules.acceptDays * DAY);
  let handleBy = new Date(acceptBy.getTime() + rules.handleDays * DAY);
  if (dueBy && dueBy < handleBy) handleBy = dueBy;
  if (dueBy && dueBy < acceptBy) acceptBy = dueBy;
  return { acceptBy, handleBy, returnBy: addWorkingDays(assignedAt, rules.returnWorkingDays, rules.timeZone) };
}
