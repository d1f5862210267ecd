import { endOfDayAfter as endOfDayAfterIn, localDate, type PayloadOf } from '@sunshine/contracts';
import type { CaseStatus } from '../cases/case';

/**
 * What the workbench's later additions (extension by approval, joint handling, leader review,
 * sealed accusations) keep on a case, beside the case file and state of `cases/case.ts`. Stored
 * in the same `cases` document, written with the same version lock and outbox.
 */

export type ExtensionRequestStatus = 'pending' | 'approved' | 'refused';

/** 延期申请: the unit asks, a leader decides; the deadline moves only on approval. */
export interface ExtensionRequestRecord {
  requestId: string;
  days: number;
  reason: string;
  requestedBy: string;
  requestedAt: Date;
  status: ExtensionRequestStatus;
  decidedBy?: string;
  decidedAt?: Date;
  comment?: string;
  /** The handle-by date before and after an approval. */
  previousHandleBy?: Date;
  newHandleBy?: Date;
}

/** 协办意见: one per assisting unit, replaced until the lead unit replies. */
export interface AssistOpinionRecord {
  unitId: string;
  opinion: string;
  submittedAt: Date;
}

/** 联合处理意见: the joint office convened the units (MISSION 3.2). */
export interface JointHandlingRecord {
  convenedBy: string;
  participantUnitIds: string[];
  opinion: string;
  convenedAt: Date;
}

/** A lead unit past its return window asks the joint office to coordinate (申请协调). */
export interface CoordinationRecord {
  unitId: string;
  reason: string;
  requestedBy: string;
  requestedAt: Date;
  status: 'pending' | 'convened';
}

/** 领导批示 on a case already assigned. */
export interface InstructionRecord {
  leaderId: string;
  instruction: string;
  at: Date;
}

export interface ReplyLike {
  round: number;
  repliedAt: Date;
}

/** The stored case as the workflow rules read it (all additions optional: older cases lack them). */
export interface WorkflowCase {
  _id: string;
  caseNumber: string;
  leadUnitId: string;
  assistingUnitIds: string[];
  unitIds: string[];
  status: CaseStatus;
  round: number;
  version: number;
  acceptBy: Date;
  handleBy: Date;
  returnBy?: Date | null;
  assignedAt: Date;
  acceptedAt?: Date | null;
  repliedAt?: Date;
  replies?: ReplyLike[];
  reopenings?: { reopenedAt: Date; handleBy: Date; afterRound: number; reason: string }[];
  closure?: { reason: string; closedAt: Date } | null;
  leaderInCharge?: string;
  extensionRequests?: ExtensionRequestRecord[];
  /** The extension granted (older cases have only this, from the direct extend of before). */
  extension?: { days: number; reason: string; approvedBy: string; requestedBy: string; extendedAt: Date; previousHandleBy: Date; requestId?: string } | null;
  assistOpinions?: AssistOpinionRecord[];
  jointHandling?: JointHandlingRecord | null;
  coordination?: CoordinationRecord | null;
  instructions?: InstructionRecord[];
  /** Units a sealed report accuses (条例 art. 45): never on the case, never given it. */
  accusedUnitIds?: string[];
}

/** Who acts: a unit's staff member, a leader (their catalogue id) or the joint office. */
export interface WorkflowActor {
  subject: string;
  unitId?: string;
  leaderId?: string;
}

export type WorkflowEventType =
  | 'case.extension-requested'
  | 'case.extension-refused'
  | 'case.extended'
  | 'case.assist-opinion-submitted'
  | 'case.joint-convened'
  | 'case.coordination-requested'
  | 'case.reopened';

export type WorkflowEvent = { [T in WorkflowEventType]: { type: T; payload: PayloadOf<T> } }[WorkflowEventType];

/** A decision: the fields to set, what to append, and the one event to publish in the same write. */
export interface WorkflowDecision {
  set: Record<string, unknown>;
  push?: Record<string, unknown>;
  event: WorkflowEvent;
}

export const DAY_MS = 86_400_000;
/** The workflow's dates end in the district's time zone (HANDLING_TIME_ZONE's default). */
const TIME_ZONE = 'Asia/Shanghai';

/**
 * The last instant of the calendar day (Asia/Shanghai) that is `days` calendar days after `from`:
 * statutory periods count calendar days and end at the end of their last day. The contracts'
 * one calendar function, in the workflow's time zone.
 */
export function endOfDayAfter(from: Date, days: number): Date {
  return endOfDayAfterIn(from, days, TIME_ZONE);
}

/** A date as the Shanghai calendar day (YYYY-MM-DD), for messages that name a deadline. */
export function shanghaiDay(at: Date): string {
  return localDate(at, TIME_ZONE);
}

export const base = (state: Pick<WorkflowCase, 'caseNumber' | 'leadUnitId'>) => ({ caseNumber: state.caseNumber, unitId: state.leadUnitId });

/** The statuses in which units still work on a case. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['assigned', 'accepted', 'reopened'];

