import { STATUTORY } from '@sunshine/contracts';
import { refusal } from '../cases/case';
import { CaseAlreadyExtended, CaseNotLeadUnit, ExtensionTooLong } from '../cases/case.errors';
import { base, endOfDayAfter, type ExtensionRequestRecord, type WorkflowActor, type WorkflowCase, type WorkflowDecision } from '../case-workflow/case-workflow';
import { ExtensionAfterDeadline, ExtensionAlreadyDecided, ExtensionAlreadyPending, ExtensionRequestNotFound, LeaderIdRequired } from './extension.errors';

/**
 * 延期 by approval (信访工作条例 art. 32): a complex case may be extended once, by at most 30
 * days, with approval, and the petitioner is told why.
 *
 *   (accepted | reopened) ─request─▶ pending ─leader approves─▶ approved: handleBy moves by `days`
 *                                            └─leader refuses──▶ refused: handleBy stays; may ask again
 *
 * Only the lead unit asks, only before the handle-by deadline, one request at a time, and never
 * after an extension was granted. A leader approves only before the deadline; refusing is
 * always possible. The new date is the end of the day (Asia/Shanghai) `days` calendar days
 * after the old one.
 */

export const MAX_EXTENSION_DAYS = STATUTORY.maxExtensionDays;

const requestsOf = (state: WorkflowCase) => state.extensionRequests ?? [];

export function requestExtension(
  state: WorkflowCase,
  actor: WorkflowActor,
  input: { days: number; reason: string },
  requestId: string,
  now: Date,
): WorkflowDecision {
  if (actor.unitId !== state.leadUnitId) throw new CaseNotLeadUnit();
  const refused = refusal('extend', state.status);
  if (refused) throw refused;
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_EXTENSION_DAYS) throw new ExtensionTooLong();
  const requests = requestsOf(state);
  if (state.extension || requests.some((r) => r.status === 'approved')) throw new CaseAlreadyExtended();
  if (requests.some((r) => r.status === 'pending')) throw new ExtensionAlreadyPending();
  if (now.getTime() > new Date(state.handleBy).getTime()) throw new ExtensionAfterDeadline(new Date(state.handleBy));
  const record: ExtensionRequestRecord = { requestId, days: input.days, reason: input.reason, requestedBy: actor.subject, requestedAt: now, status: 'pending' };
  return {
    set: { extensionRequests: [...requests, record], extensionPending: true, extensionRequested: true },
    event: {
      type: 'case.extension-requested',
      payload: { ...base(state), requestId, days: input.days, reason: input.reason, requestedBy: actor.subject, requestedAt: now.toISOString() },
    },
  };
}

export function decideExtension(
  state: WorkflowCase,
  leader: WorkflowActor,
  input: { requestId: string; approve: boolean; comment?: string },
  now: Date,
): WorkflowDecision {
  if (!leader.leaderId) throw new LeaderIdRequired();
  const requests = requestsOf(state);
  const request = requests.find((r) => r.requestId === input.requestId);
  if (!request) throw new ExtensionRequestNotFound();
  if (request.status !== 'pending') throw new ExtensionAlreadyDecided();
  const comment = input.comment?.trim() ? input.comment.trim() : undefined;
  const decided = { ...request, decidedBy: leader.leaderId, decidedAt: now, ...(comment ? { comment } : {}) };
  const others = requests.map((r) => (r.requestId === request.requestId ? null : r));
  const withDecided = (record: ExtensionRequestRecord) => others.map((r) => r ?? record);

  if (!input.approve) {
    return {
      set: { extensionRequests: withDecided({ ...decided, status: 'refused' }), extensionPending: false },
      event: {
        type: 'case.extension-refused',
        payload: { ...base(state), requestId: request.requestId, refusedBy: leader.leaderId, ...(comment ? { comment } : {}), refusedAt: now.toISOString() },
      },
    };
  }
  // The case may have been replied (or closed) since the request: nothing left to extend.
  const refused = refusal('extend', state.status);
  if (refused) throw refused;
  const previous = new Date(state.handleBy);
  if (now.getTime() > previous.getTime()) throw new ExtensionAfterDeadline(previous);
  const handleBy = endOfDayAfter(previous, request.days);
  return {
    set: {
      handleBy,
      extensionRequests: withDecided({ ...decided, status: 'approved', previousHandleBy: previous, newHandleBy: handleBy }),
      extensionPending: false,
      // The granted extension, as the case has always recorded it (one per case).
      extension: { days: request.days, reason: request.reason, approvedBy: leader.leaderId, requestedBy: request.requestedBy, extendedAt: now, previousHandleBy: previous, requestId: request.requestId },
    },
    event: {
      type: 'case.extended',
      payload: { ...base(state), days: request.days, reason: request.reason, approvedBy: leader.leaderId, handleBy: handleBy.toISOString(), requestId: request.requestId },
    },
  };
}

/** The latest request, as the case view and the petitioner's progress show it. */
export function latestExtension(state: Pick<WorkflowCase, 'extensionRequests' | 'extension' | 'handleBy'>): ExtensionRequestRecord | undefined {
  const requests = state.extensionRequests ?? [];
  const granted = state.extension;
  if (!requests.length && granted) {
    // Granted by the direct extend of before the approval flow: shown as an approved request.
    return {
      requestId: granted.requestId ?? 'direct',
      days: granted.days,
      reason: granted.reason,
      requestedBy: granted.requestedBy,
      requestedAt: granted.extendedAt,
      status: 'approved',
      decidedBy: granted.approvedBy,
      decidedAt: granted.extendedAt,
      previousHandleBy: granted.previousHandleBy,
      newHandleBy: state.handleBy,
    };
  }
  return requests.find((r) => r.status === 'approved') ?? requests[requests.length - 1];
}
