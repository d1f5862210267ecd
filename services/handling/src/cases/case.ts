import { STATUTORY } from '@sunshine/contracts';
import type {
  CategoryRef,
  Channel,
  EventType,
  PayloadOf,
  PetitionAssigned,
  PetitionKind,
  ReplyOutcome,
  SatisfactionLevel,
} from '@sunshine/contracts';
import {
  CaseAlreadyAccepted,
  CaseAlreadyExtended,
  CaseAlreadyReplied,
  CaseAwaitingReassignment,
  CaseDeclined,
  CaseIsClosed,
  CaseNotAcceptedYet,
  CaseNotLeadUnit,
  CaseNotReplied,
  CaseTransferredAway,
  ExtensionTooLong,
  type CaseStateConflict,
} from './case.errors';
import type {
  ReplyRecord,
  PromiseRecord,
  TransferRecord,
  ReopeningRecord,
  ExtensionRecord,
  ReturnRecord,
  NotAcceptedRecord,
  AssignmentRecord,
  ClosureRecord,
} from './case-records';

export type {
  ReplyRecord,
  PromiseRecord,
  TransferRecord,
  ReopeningRecord,
  ExtensionRecord,
  ReturnRecord,
  NotAcceptedRecord,
  AssignmentRecord,
  SupervisionOrderRecord,
  ClosureRecord,
} from './case-records';

/**
 * A case (办理件) as a responsible unit works on it, and the rules of its life:
 *
 *   assigned ─accept─▶ accepted ─reply─▶ replied ─dissatisfied─▶ reopened ─reply─▶ replied ─satisfied─▶ closed
 *      │  ├─not-accept─▶ not-accepted        (extend once while accepted or reopened)
 *      │  └─transfer─▶ transferred           (to the body competent for it; final for this unit)
 *      └─return─▶ returned ─(routing reassigns)─▶ assigned
 *   replied/closed after a `scheduled` reply ─completion─▶ (same status; the promise is kept)
 *
 * Plain functions: they decide, the application services persist. Every decision is the new
 * state and the one event that tells the others, written together. The acceptance decisions
 * (accept, not-accept, transfer, return) live in `acceptance/acceptance.ts`, the reply by kind
 * and the completion of a promise in `replies/reply-by-kind.ts`; they use `check` from here.
 */

export const CaseStatuses = ['assigned', 'accepted', 'not-accepted', 'transferred', 'returned', 'replied', 'reopened', 'closed'] as const;
export type CaseStatus = (typeof CaseStatuses)[number];

export const DAY_MS = 86_400_000;

/** 信访工作条例 art. 32: an extension is granted once, for at most 30 days (the contracts' STATUTORY). */
export const MAX_EXTENSION_DAYS = STATUTORY.maxExtensionDays;

export interface HandlingPolicy {
  /** Days to handle and reply after acceptance (信访工作条例 art. 32: 60). */
  handleDays: number;
  /** Days to reply again after a reopening. */
  reopenDays: number;
  /** Where a calendar day ends (HANDLING_TIME_ZONE, Asia/Shanghai). */
  timeZone?: string;
}

/** Who acts: the unit of the staff member, and their id (an official, never a petitioner). */
export interface Actor {
  unitId?: string;
  subject: string;
}


/**
 * The case file a unit receives from routing (交办单): the matter, never who raised it. Built
 * field by field, so that whatever a newer routing adds to the event stays out until it is
 * deliberately taken in.
 */
export interface CaseFile {
  caseNumber: string;
  leadUnitId: string;
  leadUnitName: string;
  assistingUnitIds: string[];
  /** Lead and assisting units: who may see the case (the repository scopes on it). */
  unitIds: string[];
  leaderInCharge?: string;
  instruction?: string;
  subject: string;
  text: string;
  kind: PetitionKind;
  category: CategoryRef;
  channel: Channel;
  receivedAt: Date;
  confidential: boolean;
  acceptBy: Date;
  handleBy: Date;
  /** Until when the unit may return it as not its own (5 working days from assignment). */
  returnBy?: Date;
  /** An upper-level office's own date for the matter (上级交办时限), kept through acceptance. */
  dueBy?: Date;
}

/** What the state machine needs of a stored case. */
export interface CaseState {
  caseNumber: string;
  leadUnitId: string;
  status: CaseStatus;
  /** Replies made so far: 0 until the first reply, 1 after it, 2 after the reply to a reopening… */
  round: number;
  handleBy: Date;
  returnBy?: Date | null;
  extension?: ExtensionRecord | null;
  /** Read by acceptance and the reply by kind (stored cases always have them). */
  kind?: PetitionKind;
  category?: CategoryRef;
  channel?: Channel;
  acceptBy?: Date;
  /** An upper-level office's own date, from routing's case file (acceptance keeps it). */
  dueBy?: Date | null;
  promise?: PromiseRecord | null;
  /** How it ended, while it is closed (a withdrawal is final). */
  closure?: ClosureRecord | null;
  /** 协办意见 recorded by the assisting units (joint handling). */
  assistOpinions?: { unitId: string; opinion: string; submittedAt: Date }[];
}

/** The stored fields a decision may change. */
export interface CaseChanges {
  status?: CaseStatus;
  round?: number;
  handleBy?: Date;
  acceptedAt?: Date | null;
  repliedAt?: Date;
  extension?: ExtensionRecord;
  returned?: ReturnRecord;
  notAccepted?: NotAcceptedRecord;
  /** null when a reopening undoes a closure. */
  closure?: ClosureRecord | null;
  transferred?: TransferRecord;
  promise?: PromiseRecord | null;
  /** An upper-level office's earlier due date, kept through acceptance. */
  upperLevelDueBy?: Date | null;
}

/** Every event handling publishes (`case.*` in the contracts' catalogue). */
export type HandlingEventType = Extract<EventType, `case.${string}`>;

export type CaseEventSpec = { [T in HandlingEventType]: { type: T; payload: PayloadOf<T> } }[HandlingEventType];

/** A decision: what to store, what to append to the history, and the event to publish with it. */
export interface CaseDecision {
  set: CaseChanges;
  push?: { replies?: ReplyRecord; reopenings?: ReopeningRecord };
  event: CaseEventSpec;
}

export const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);

export function caseFileOf(payload: PetitionAssigned): CaseFile {
  const assisting = [...new Set(payload.assistingUnitIds.filter((id) => id !== payload.leadUnitId))];
  return {
    caseNumber: payload.caseNumber,
    leadUnitId: payload.leadUnitId,
    leadUnitName: payload.leadUnitName,
    assistingUnitIds: assisting,
    unitIds: [payload.leadUnitId, ...assisting],
    ...(payload.leaderInCharge ? { leaderInCharge: payload.leaderInCharge } : {}),
    ...(payload.instruction ? { instruction: payload.instruction } : {}),
    subject: payload.subject,
    text: payload.text,
    kind: payload.kind,
    category: {
      level1: payload.category.level1,
      ...(payload.category.level2 ? { level2: payload.category.level2 } : {}),
      ...(payload.category.level3 ? { level3: payload.category.level3 } : {}),
    },
    channel: payload.channel,
    receivedAt: new Date(payload.receivedAt),
    confidential: payload.confidential,
    acceptBy: new Date(payload.acceptBy),
    handleBy: new Date(payload.handleBy),
    ...(payload.returnBy ? { returnBy: new Date(payload.returnBy) } : {}),
    ...(payload.dueBy ? { dueBy: new Date(payload.dueBy) } : {}),
  };
}

export type Action = 'accept' | 'not-accept' | 'transfer' | 'return' | 'extend' | 'reply';

const ALLOWED: Record<Action, readonly CaseStatus[]> = {
  accept: ['assigned'],
  'not-accept': ['assigned'],
  transfer: ['assigned'],
  return: ['assigned'],
  extend: ['accepted', 'reopened'],
  reply: ['accepted', 'reopened'],
};

/** Why an action is refused in a state: the stable error a client can act on. */
export function refusal(action: Action, status: CaseStatus): CaseStateConflict | undefined {
  if (ALLOWED[action].includes(status)) return undefined;
  switch (status) {
    case 'closed':
      return new CaseIsClosed();
    case 'not-accepted':
      return new CaseDeclined();
    case 'transferred':
      return new CaseTransferredAway();
    case 'returned':
      return new CaseAwaitingReassignment();
    case 'assigned':
      return new CaseNotAcceptedYet();
    case 'replied':
      return action === 'reply' || action === 'extend' ? new CaseAlreadyReplied() : new CaseAlreadyAccepted();
    case 'accepted':
    case 'reopened':
      return new CaseAlreadyAccepted();
  }
}

/** May this action happen now? Only the lead unit's staff act on a case; the state must allow it. */
export function check(state: CaseState, actor: Actor, action: Action): void {
  if (actor.unitId !== state.leadUnitId) throw new CaseNotLeadUnit();
  const refused = refusal(action, state.status);
  if (refused) throw refused;
}

export const base = (state: CaseState) => ({ caseNumber: state.caseNumber, unitId: state.leadUnitId });

/** 延期: once, by at most 30 days, with the approval of the person named (信访工作条例 art. 32). */
export function extend(state: CaseState, actor: Actor, input: { days: number; reason: string; approvedBy: string }, now: Date): CaseDecision {
  check(state, actor, 'extend');
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_EXTENSION_DAYS) throw new ExtensionTooLong();
  if (state.extension) throw new CaseAlreadyExtended();
  const handleBy = addDays(state.handleBy, input.days);
  return {
    set: {
      handleBy,
      extension: { ...input, requestedBy: actor.subject, extendedAt: now, previousHandleBy: state.handleBy },
    },
    event: { type: 'case.extended', payload: { ...base(state), ...input, handleBy: handleBy.toISOString() } },
  };
}

/** What a reply stores beyond outcome and text: the parts it was composed from (see replies/reply-by-kind.ts). */
export type ReplyParts = Omit<ReplyRecord, 'round' | 'outcome' | 'text' | 'repliedAt' | 'repliedBy'>;

/**
 * 答复: the written reply; each reply is a round the petitioner may rate. A `scheduled` reply
 * leaves a promise to keep; any later reply replaces it.
 */
export function reply(state: CaseState, actor: Actor, input: { outcome: ReplyOutcome; text: string } & ReplyParts, now: Date): CaseDecision {
  check(state, actor, 'reply');
  const round = state.round + 1;
  const { outcome, text, ...parts } = input;
  const promise = outcome === 'scheduled' && parts.promisedBy ? { round, promisedBy: parts.promisedBy } : null;
  return {
    set: { status: 'replied', round, repliedAt: now, promise },
    push: { replies: { round, outcome, text, repliedAt: now, repliedBy: actor.subject, ...parts } },
    event: {
      type: 'case.replied',
      payload: {
        ...base(state),
        outcome,
        text,
        round,
        repliedAt: now.toISOString(),
        ...(parts.kind ? { kind: parts.kind } : {}),
        ...(parts.facts ? { facts: parts.facts } : {}),
        ...(parts.basis ? { basis: parts.basis } : {}),
        ...(parts.reviewRights ? { reviewRights: parts.reviewRights } : {}),
        ...(parts.promisedBy ? { promisedBy: parts.promisedBy.toISOString() } : {}),
        ...(parts.nextCheckAt ? { nextCheckAt: parts.nextCheckAt.toISOString() } : {}),
        ...(parts.standardAnswer ? { standardAnswer: parts.standardAnswer } : {}),
        ...(parts.assistingOpinions?.length ? { assistingOpinions: parts.assistingOpinions } : {}),
      },
    },
  };
}

export interface Rating {
  round: number;
  satisfaction: SatisfactionLevel;
  comment?: string;
}

export type RatingEffect =
  | { kind: 'decision'; decision: CaseDecision }
  /** The rated reply is no longer the current one (e.g. a leader reopened it meanwhile). */
  | { kind: 'stale' }
  /** The rating cannot be of this case as we know it: a reply we never made. */
  | { kind: 'contradiction'; reason: string };

/**
 * The petitioner's verdict on the current reply (满意度测评): dissatisfied sends the case back to
 * the unit (重新办理) with a new deadline; satisfied or basically satisfied closes it (办结).
 */
export function applyRating(state: CaseState, rating: Rating, now: Date, policy: HandlingPolicy): RatingEffect {
  if (rating.round > state.round) {
    return { kind: 'contradiction', reason: `rating of reply round ${rating.round}, but the case has ${state.round} replies` };
  }
  if (rating.round < state.round || state.status !== 'replied') return { kind: 'stale' };
  if (rating.satisfaction === 'dissatisfied') {
    const handleBy = addDays(now, policy.reopenDays);
    const note = rating.comment?.trim() ? rating.comment.trim() : undefined;
    return {
      kind: 'decision',
      decision: {
        set: { status: 'reopened', handleBy },
        push: { reopenings: { afterRound: state.round, reason: 'dissatisfied', ...(note ? { note } : {}), reopenedAt: now, handleBy } },
        event: {
          type: 'case.reopened',
          payload: { ...base(state), reason: 'dissatisfied', ...(note ? { note } : {}), reopenedAt: now.toISOString(), handleBy: handleBy.toISOString() },
        },
      },
    };
  }
  return {
    kind: 'decision',
    decision: {
      set: { status: 'closed', closure: { reason: rating.satisfaction, closedAt: now } },
      event: { type: 'case.closed', payload: { ...base(state), reason: rating.satisfaction, closedAt: now.toISOString() } },
    },
  };
}

/**
 * 发回重新办理: a leader reads a unit's reply, finds the handling unsatisfactory and sends the
 * case back to the original unit to handle again (MISSION 1.4), with a new deadline.
 */
export function sendBack(state: CaseState, note: string, now: Date, policy: HandlingPolicy): CaseDecision {
  if (state.status !== 'replied') throw new CaseNotReplied();
  const handleBy = addDays(now, policy.reopenDays);
  return {
    set: { status: 'reopened', handleBy },
    push: { reopenings: { afterRound: state.round, reason: 'leader-sent-back', note, reopenedAt: now, handleBy } },
    event: {
      type: 'case.reopened',
      payload: { ...base(state), reason: 'leader-sent-back', note, reopenedAt: now.toISOString(), handleBy: handleBy.toISOString() },
    },
  };
}

export type Reassignment =
  | { kind: 'reassigned'; set: Omit<CaseFile, 'caseNumber'> & { status: 'assigned'; acceptedAt: null }; assignment: AssignmentRecord }
  | { kind: 'contradiction'; reason: string; code: 'CASE.CLOSED' | 'CASE.NOT_RETURNED' };

/** Routing reassigns only an item its unit returned (or one not yet taken up): never a case a unit has accepted. */
const REASSIGNABLE: readonly CaseStatus[] = ['assigned', 'returned'];

/**
 * 改派: routing moved the case to another lead unit. It starts again as assigned with the new
 * deadlines; the old unit no longer sees it. A closed case is not reopened this way, and a case
 * a unit accepted, declined, transferred or replied to is not moved under it (its replies and
 * promises would pass to a unit that never made them).
 */
export function reassign(state: CaseState, file: CaseFile, reason: string, now: Date): Reassignment {
  if (state.status === 'closed') return { kind: 'contradiction', reason: 'a closed case cannot be reassigned', code: 'CASE.CLOSED' };
  if (!REASSIGNABLE.includes(state.status)) {
    return { kind: 'contradiction', reason: `a ${state.status} case cannot be reassigned: routing reassigns only a returned item`, code: 'CASE.NOT_RETURNED' };
  }
  const { caseNumber: _caseNumber, ...fields } = file;
  return {
    kind: 'reassigned',
    set: { ...fields, status: 'assigned', acceptedAt: null },
    assignment: { leadUnitId: file.leadUnitId, assistingUnitIds: file.assistingUnitIds, at: now, reason },
  };
}
