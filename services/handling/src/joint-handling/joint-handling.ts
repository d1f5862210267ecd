import { CaseNotLeadUnit } from '../cases/case.errors';
import {
  base,
  endOfDayAfter,
  OPEN_STATUSES,
  type AssistOpinionRecord,
  type WorkflowActor,
  type WorkflowCase,
  type WorkflowDecision,
} from '../case-workflow/case-workflow';
import {
  AssistOpinionOverdue,
  AssistOpinionsClosed,
  CaseNotOpenForJointHandling,
  CoordinationAlreadyRequested,
  NotAnAssistingUnit,
  ParticipantAccused,
  ReturnWindowStillOpen,
} from './joint-handling.errors';

/**
 * Joint handling (MISSION 3.2). Assisting units (协办单位) give their opinions (协办意见) by a due
 * date for the lead unit's reply; the joint office (信联办) convenes a complex case and records a
 * joint handling opinion (联合处理意见) that the units carry out; a lead unit whose return window
 * has closed asks the joint office to coordinate instead of returning.
 */

export interface AssistPolicy {
  /** Days after acceptance (or a reopening) an assisting unit has for its opinion. */
  assistDays: number;
}

/** When the assisting opinions are due: `assistDays` after acceptance, or after the latest reopening. Undefined before acceptance. */
export function assistDueBy(state: WorkflowCase, policy: AssistPolicy): Date | undefined {
  const reopened = state.status === 'reopened' ? state.reopenings?.[state.reopenings.length - 1]?.reopenedAt : undefined;
  const from = reopened ?? state.acceptedAt;
  return from ? endOfDayAfter(new Date(from), policy.assistDays) : undefined;
}

export function submitAssistOpinion(state: WorkflowCase, actor: WorkflowActor, opinion: string, now: Date, policy: AssistPolicy): WorkflowDecision {
  if (!actor.unitId || !(state.assistingUnitIds ?? []).includes(actor.unitId)) throw new NotAnAssistingUnit();
  if (!OPEN_STATUSES.includes(state.status)) throw new AssistOpinionsClosed();
  const due = assistDueBy(state, policy);
  if (due && now.getTime() > due.getTime()) throw new AssistOpinionOverdue(due);
  const record: AssistOpinionRecord = { unitId: actor.unitId, opinion, submittedAt: now };
  const others = (state.assistOpinions ?? []).filter((o) => o.unitId !== actor.unitId);
  return {
    set: { assistOpinions: [...others, record] },
    event: { type: 'case.assist-opinion-submitted', payload: { caseNumber: state.caseNumber, unitId: actor.unitId, opinion, submittedAt: now.toISOString() } },
  };
}

/** Each assisting unit, its due date and whether its opinion came (the case view). */
export function assistOpinionsView(state: WorkflowCase, policy: AssistPolicy) {
  const due = assistDueBy(state, policy);
  return (state.assistingUnitIds ?? []).map((unitId) => {
    const given = state.assistOpinions?.find((o) => o.unitId === unitId);
    return { unitId, submitted: Boolean(given), ...(due ? { dueBy: due } : {}), ...(given ? { opinion: given.opinion, submittedAt: given.submittedAt } : {}) };
  });
}

export function convene(state: WorkflowCase, actor: WorkflowActor, input: { participantUnitIds: string[]; opinion: string }, now: Date): WorkflowDecision {
  if (!OPEN_STATUSES.includes(state.status)) throw new CaseNotOpenForJointHandling();
  const participants = [...new Set(input.participantUnitIds)];
  const accused = new Set(state.accusedUnitIds ?? []);
  if (participants.some((id) => accused.has(id))) throw new ParticipantAccused();
  const jointHandling = { convenedBy: actor.subject, participantUnitIds: participants, opinion: input.opinion, convenedAt: now };
  return {
    set: {
      jointHandling,
      // Participants not yet on the case may read it (scoping); the lead unit still acts.
      unitIds: [...new Set([...(state.unitIds ?? []), ...participants])],
      ...(state.coordination?.status === 'pending' ? { coordination: { ...state.coordination, status: 'convened' }, coordinationPending: false } : {}),
    },
    event: {
      type: 'case.joint-convened',
      payload: { ...base(state), convenedBy: actor.subject, participantUnitIds: participants, opinion: input.opinion, convenedAt: now.toISOString() },
    },
  };
}

export function requestCoordination(state: WorkflowCase, actor: WorkflowActor, reason: string, now: Date): WorkflowDecision {
  if (actor.unitId !== state.leadUnitId) throw new CaseNotLeadUnit();
  if (!OPEN_STATUSES.includes(state.status)) throw new CaseNotOpenForJointHandling();
  if (state.returnBy && now.getTime() <= new Date(state.returnBy).getTime()) throw new ReturnWindowStillOpen(new Date(state.returnBy));
  if (state.coordination?.status === 'pending') throw new CoordinationAlreadyRequested();
  return {
    set: { coordination: { unitId: actor.unitId, reason, requestedBy: actor.subject, requestedAt: now, status: 'pending' }, coordinationPending: true },
    event: { type: 'case.coordination-requested', payload: { ...base(state), reason, requestedAt: now.toISOString() } },
  };
}
