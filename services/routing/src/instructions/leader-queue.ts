import type { Principal } from '@sunshine/auth';
import type { RoutingStatus } from '../routing/routing-petition';

/**
 * Whose items a caller sees in the instruction queue (待批示). A letter to a leader's own mailbox
 * waits for that leader (书记信箱 → the Party secretary); everything else waits for any leader. A
 * leader whose token names them sees their own items and those for any leader; the joint office
 * and a leader token without a leader id see the whole queue, as before leaders were named.
 */
export type QueueScope = { all: true } | { all: false; leaderId: string };

export function queueScope(principal: Principal): QueueScope {
  return principal.leaderId ? { all: false, leaderId: principal.leaderId } : { all: true };
}

/** Whether this caller may instruct an item that waits for `waitsFor` (absent: any leader). */
export function mayInstruct(principal: Principal, waitsFor: string | undefined): boolean {
  return !waitsFor || principal.leaderId === waitsFor;
}

/** The id an instruction is signed with: the leader's catalogue id, else the token's subject. */
export function instructingLeaderId(principal: Principal): string {
  return principal.leaderId ?? principal.subject;
}

/**
 * What a leader's instruction means at the petition's stage: on an item waiting for one it is
 * the decision (approve / send back) that assigns it; on a case already assigned, replied or
 * closed it is an instruction recorded on the case and passed to the unit (批示 at any stage,
 * MISSION 1.4, 3.2), which reassigns nothing. A linked, withdrawn or concluded petition has no
 * case of its own to instruct.
 */
export type InstructionStep = 'decide' | 'record' | 'decision-required' | 'not-pending' | 'assignment-needs-decision' | 'not-open';

export function instructionStep(status: RoutingStatus, input: { decision?: string; leadUnitId?: string; assistingUnitIds?: string[]; leaderInCharge?: string }): InstructionStep {
  if (status === 'awaiting-instruction') return input.decision ? 'decide' : 'decision-required';
  if (status === 'assigned' || status === 'replied' || status === 'closed') {
    if (input.decision) return 'not-pending';
    if (input.leadUnitId || input.assistingUnitIds || input.leaderInCharge) return 'assignment-needs-decision';
    return 'record';
  }
  return 'not-open';
}
