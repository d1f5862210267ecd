import { VisitBeforeReply, VisitInTheFuture } from './visit.errors';

/** Clocks of the recording official and the server may differ a little. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * 回访: a unit (or the joint office) calls on or phones the petitioner after the reply and
 * records what they said in the return-visit ledger (回访台账). There must be a reply to ask
 * about; a visit cannot be recorded as having happened in the future.
 */
export function checkVisit(state: { round: number }, visitedAt: Date | undefined, now: Date): Date {
  if (state.round < 1) throw new VisitBeforeReply();
  const at = visitedAt ?? now;
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new VisitInTheFuture();
  return at;
}
