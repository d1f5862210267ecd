import { endOfDayAfter } from '@sunshine/contracts';
import { base, check, type Actor, type CaseDecision, type CaseState, type HandlingPolicy } from '../cases/case';
import { CaseReturnWindowClosed } from '../cases/case.errors';
import { UnknownNotAcceptReason } from './acceptance.errors';
import { notAcceptReasonOf } from './not-accept-reasons';

/**
 * The lead unit's first decision on an assigned case (信访工作条例 art. 31–33): accept it (受理),
 * decline it (不予受理, with a reason from the catalogue and its basis), transfer it to the body
 * competent for it (转送), or return it as misrouted (退回, within the return window).
 */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * An upper-level office's own date (上级交办时限), as routing sends it with the case file
 * (`dueBy` in petition.assigned / petition.reassigned). Only such an item has one.
 */
export function upperLevelDueBy(state: Pick<CaseState, 'dueBy'>): Date | undefined {
  return state.dueBy ? new Date(state.dueBy) : undefined;
}

/**
 * 受理: the handling clock starts (art. 32: 60 calendar days, ending at the end of the last day
 * in the district's time zone). An upper-level office's earlier date is kept.
 */
export function accept(state: CaseState, actor: Actor, now: Date, policy: HandlingPolicy): CaseDecision {
  check(state, actor, 'accept');
  const statutory = endOfDayAfter(now, policy.handleDays, policy.timeZone ?? DEFAULT_TIME_ZONE);
  const upper = upperLevelDueBy(state);
  const handleBy = upper && upper.getTime() < statutory.getTime() ? upper : statutory;
  return {
    set: { status: 'accepted', acceptedAt: now, handleBy, upperLevelDueBy: upper ?? null },
    event: {
      type: 'case.accepted',
      payload: {
        ...base(state),
        acceptedAt: now.toISOString(),
        handleBy: handleBy.toISOString(),
        ...(upper ? { upperLevelDueBy: upper.toISOString() } : {}),
      },
    },
  };
}

export interface NotAcceptInput {
  /** From the not-accept catalogue; `other` (the default) needs a reason and a basis of its own. */
  reasonCode?: string;
  reason?: string;
  legalBasis?: string;
}

/** 不予受理, with the reason and the legal basis the petitioner is told (art. 31/32 exclusions). */
export function notAccept(state: CaseState, actor: Actor, input: NotAcceptInput, now: Date): CaseDecision {
  check(state, actor, 'not-accept');
  const code = input.reasonCode ?? 'other';
  const entry = notAcceptReasonOf(code);
  if (!entry) throw new UnknownNotAcceptReason(code, []);
  const reason = input.reason?.trim() || entry.label['zh-CN'];
  const legalBasis = input.legalBasis?.trim() || entry.legalBasis;
  const missing = [...(reason ? [] : ['reason']), ...(legalBasis ? [] : ['legalBasis'])];
  if (missing.length) throw new UnknownNotAcceptReason(code, missing);
  return {
    set: { status: 'not-accepted', notAccepted: { reasonCode: code, reason, legalBasis, decidedAt: now, decidedBy: actor.subject } },
    event: { type: 'case.not-accepted', payload: { ...base(state), reasonCode: code, reason, legalBasis, decidedAt: now.toISOString() } },
  };
}

/** 转送: the matter belongs to another body (a court, an arbitration committee, the discipline body). */
export function transfer(state: CaseState, actor: Actor, input: { toBody: string; reason: string; legalBasis: string }, now: Date): CaseDecision {
  check(state, actor, 'transfer');
  return {
    set: { status: 'transferred', transferred: { ...input, transferredAt: now, transferredBy: actor.subject } },
    event: { type: 'case.transferred', payload: { ...base(state), ...input, transferredAt: now.toISOString() } },
  };
}

/** 退回: a misrouted case goes back to routing, only before it is accepted. */
export function returnCase(state: CaseState, actor: Actor, input: { reason: string; suggestedUnitId?: string }, now: Date): CaseDecision {
  check(state, actor, 'return');
  // After the return window the unit handles it, or asks the joint office to coordinate.
  if (state.returnBy && now.getTime() > new Date(state.returnBy).getTime()) throw new CaseReturnWindowClosed(new Date(state.returnBy));
  const suggested = input.suggestedUnitId && input.suggestedUnitId !== state.leadUnitId ? input.suggestedUnitId : undefined;
  return {
    set: {
      status: 'returned',
      returned: { unitId: state.leadUnitId, reason: input.reason, ...(suggested ? { suggestedUnitId: suggested } : {}), returnedAt: now, returnedBy: actor.subject },
    },
    event: {
      type: 'case.returned',
      payload: { ...base(state), reason: input.reason, ...(suggested ? { suggestedUnitId: suggested } : {}), returnedAt: now.toISOString() },
    },
  };
}
