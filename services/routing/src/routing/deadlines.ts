const DAY = 86_400_000;

export interface DeadlineRules {
  /** 信访工作条例 art. 31: decide on acceptance within 15 days of receipt. */
  acceptDays: number;
  /** art. 32: handle and reply within 60 days of acceptance. */
  handleDays: number;
}

export const STATUTORY_DEADLINES: DeadlineRules = { acceptDays: 15, handleDays: 60 };

/**
 * Deadlines of a new assignment: accept-by from receipt; handle-by provisional, as if accepted
 * on the last day (the unit's acceptance fixes it). An upper-level office's own earlier
 * deadline wins.
 */
export function assignmentDeadlines(receivedAt: Date, rules: DeadlineRules, dueBy?: Date): { acceptBy: Date; handleBy: Date } {
  const acceptBy = new Date(receivedAt.getTime() + rules.acceptDays * DAY);
  let handleBy = new Date(acceptBy.getTime() + rules.handleDays * DAY);
  if (dueBy && dueBy < handleBy) handleBy = dueBy;
  return { acceptBy: dueBy && dueBy < acceptBy ? dueBy : acceptBy, handleBy };
}
