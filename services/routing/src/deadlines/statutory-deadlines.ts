import { addWorkingDays, endOfLocalDay, localDate, STATUTORY } from '@sunshine/contracts';

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

// One calendar for every service: working days (chinese-days), the local date and the end of a
// local day come from the contracts. The day of the moment itself does not count.
export { addWorkingDays, endOfLocalDay, localDate };

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
