import type { PetitionKind, ReplyOutcome } from '@sunshine/contracts';

/**
 * What a case keeps of its history, one record type per step (stored in the `cases` document,
 * shown by the case view). Re-exported by `case.ts`, whose decisions create them.
 */

export interface ReplyRecord {
  round: number;
  outcome: ReplyOutcome;
  /** The written reply as the petitioner reads it, composed from the parts below. */
  text: string;
  repliedAt: Date;
  repliedBy: string;
  /** The parts (replies since issue 10; older ones have only the text). */
  kind?: PetitionKind;
  facts?: string;
  decision?: string;
  basis?: string;
  reviewRights?: string;
  promisedBy?: Date;
  nextCheckAt?: Date;
  standardAnswer?: { id: string; version: number };
  assistingOpinions?: { unitId: string; opinion: string }[];
}

/** A `scheduled` reply's promise (限期解决): passing it without a completion note is 落实不到位. */
export interface PromiseRecord {
  round: number;
  promisedBy: Date;
  completedAt?: Date;
  note?: string;
  reportedBy?: string;
}

/** 转送: the matter belongs to another body (a court, the discipline body, …). */
export interface TransferRecord {
  toBody: string;
  reason: string;
  legalBasis: string;
  transferredAt: Date;
  transferredBy: string;
}

export interface ReopeningRecord {
  /** The reply round that was sent back. */
  afterRound: number;
  reason: 'dissatisfied' | 'leader-sent-back' | 'supervision' | 'review-changed';
  note?: string;
  reopenedAt: Date;
  handleBy: Date;
}

export interface ExtensionRecord {
  days: number;
  reason: string;
  approvedBy: string;
  requestedBy: string;
  extendedAt: Date;
  previousHandleBy: Date;
}

export interface ReturnRecord {
  unitId: string;
  reason: string;
  suggestedUnitId?: string;
  returnedAt: Date;
  returnedBy: string;
}

export interface NotAcceptedRecord {
  /** The not-accept catalogue's code (`other` for a free reason). */
  reasonCode?: string;
  reason: string;
  legalBasis: string;
  decidedAt: Date;
  decidedBy: string;
}

export interface AssignmentRecord {
  leadUnitId: string;
  assistingUnitIds: string[];
  at: Date;
  /** Why routing moved it (reassignments only). */
  reason?: string;
}

export interface SupervisionOrderRecord {
  orderId: string;
  unitId: string;
  reason: string;
  dueBy: Date;
  issuedBy: string;
  issuedAt: Date;
}

export interface ClosureRecord {
  reason: string;
  closedAt: Date;
}
