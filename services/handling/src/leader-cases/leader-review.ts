import { STATUTORY, warningLight, type CaseClock, type LightRule, type WarningLight } from '@sunshine/contracts';
import { CaseNotReplied } from '../cases/case.errors';
import { base, DAY_MS, endOfDayAfter, type InstructionRecord, type WorkflowCase, type WorkflowDecision } from '../case-workflow/case-workflow';
import { CaseWithdrawn, ReviewWindowClosed } from './leader-review.errors';

/**
 * Leader review (MISSION 1.4, 3.2): a leader reads a unit's reply and sends unsatisfactory
 * handling back to the original unit (发回重办) — also after the petitioner rated it and the case
 * closed, as long as the review window of 条例 art. 35 (30 days after the written reply) is open.
 * And a leader in charge of cases (领导包案) follows them with their warning lights.
 */

export interface ReviewPolicy {
  /** Days to reply again after a send-back (the district's rule). */
  reopenDays: number;
  /** Days after the last reply during which a closed case may still be sent back (art. 35: 30). */
  reviewDays?: number;
}

/** The end of the review window: the end of the day `reviewDays` after the last reply. */
export function reviewWindowEnd(state: WorkflowCase, reviewDays = STATUTORY.reviewRequestDays): Date | undefined {
  const last = state.repliedAt ?? state.replies?.[state.replies.length - 1]?.repliedAt;
  return last ? endOfDayAfter(new Date(last), reviewDays) : undefined;
}

export function leaderSendBack(state: WorkflowCase, note: string, now: Date, policy: ReviewPolicy): WorkflowDecision {
  if (state.status === 'closed') {
    if (state.closure?.reason === 'withdrawn') throw new CaseWithdrawn();
    const end = reviewWindowEnd(state, policy.reviewDays);
    if (!end) throw new CaseNotReplied();
    if (now.getTime() > end.getTime()) throw new ReviewWindowClosed(end);
  } else if (state.status !== 'replied') {
    throw new CaseNotReplied();
  }
  const handleBy = new Date(now.getTime() + policy.reopenDays * DAY_MS);
  return {
    set: { status: 'reopened', handleBy, ...(state.status === 'closed' ? { closure: null } : {}) },
    push: { reopenings: { afterRound: state.round, reason: 'leader-sent-back', note, reopenedAt: now, handleBy } },
    event: {
      type: 'case.reopened',
      payload: { ...base(state), reason: 'leader-sent-back', note, reopenedAt: now.toISOString(), handleBy: handleBy.toISOString() },
    },
  };
}

/** A leader's instruction (批示) on an assigned case, as the case records it. */
export function instructionRecord(payload: { leaderId: string; instruction: string; instructedAt: string }): InstructionRecord {
  return { leaderId: payload.leaderId, instruction: payload.instruction, at: new Date(payload.instructedAt) };
}

/** Which clock a case's light runs on now: acceptance, handling, or stopped at the reply. */
export function clockOf(state: WorkflowCase): CaseClock | null {
  const iso = (d: Date | string) => new Date(d).toISOString();
  switch (state.status) {
    case 'assigned':
      return { deadline: 'accept-by', startedAt: iso(state.assignedAt), dueAt: iso(state.acceptBy) };
    case 'accepted':
    case 'reopened': {
      const reopened = state.status === 'reopened' ? state.reopenings?.[state.reopenings.length - 1]?.reopenedAt : undefined;
      return { deadline: 'handle-by', startedAt: iso(reopened ?? state.acceptedAt ?? state.assignedAt), dueAt: iso(state.handleBy) };
    }
    case 'replied':
      return {
        deadline: 'handle-by',
        startedAt: iso(state.acceptedAt ?? state.assignedAt),
        dueAt: iso(state.handleBy),
        ...(state.repliedAt ? { stoppedAt: iso(state.repliedAt) } : {}),
      };
    default:
      return null;
  }
}

export interface LeaderCaseLine {
  petitionId: string;
  caseNumber: string;
  status: WorkflowCase['status'];
  leadUnitId: string;
  light: WarningLight | 'none';
  deadlines: { acceptBy: Date; handleBy: Date };
}

/** A case of the leader's own (包案) with its light now (the supervision rule, shared). */
export function leaderCaseLine(state: WorkflowCase, now: Date, rule?: LightRule): LeaderCaseLine {
  return {
    petitionId: state._id,
    caseNumber: state.caseNumber,
    status: state.status,
    leadUnitId: state.leadUnitId,
    light: warningLight(clockOf(state), now, rule) ?? 'none',
    deadlines: { acceptBy: state.acceptBy, handleBy: state.handleBy },
  };
}
