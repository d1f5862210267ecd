import { Schema } from 'mongoose';
import type { DuplicateRelation } from '@sunshine/contracts';
import type { InboxFields } from '@sunshine/messaging';
import type { FeedbackCaseStatus } from '../ratings/rating';

export const FEEDBACK_CASES = 'feedback_cases';

/**
 * What feedback knows of a petition (`_id` = petitionId), from the events of intake and
 * handling: its case number, the verifier of the petitioner's query code (never the code),
 * and the latest reply — round and unit — which is what the petitioner may rate. Events from
 * the two topics may arrive in either order; each writes only its own fields.
 */
export interface FeedbackCaseRecord extends InboxFields {
  _id: string;
  caseNumber: string;
  queryCodeVerifier?: string;
  status: FeedbackCaseStatus;
  /** Round of the latest reply; 0 before the first. */
  round: number;
  /** The unit that made the latest reply. */
  unitId?: string;
  repliedAt?: Date;
  /**
   * Routing linked this petition to an earlier one (判重: a repeat, or a joint co-petitioner): its
   * petitioner rates the original's reply with their own case number and query code.
   */
  linkedTo?: LinkedOriginal | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface LinkedOriginal {
  petitionId: string;
  caseNumber: string;
  relation: DuplicateRelation;
}

export const FeedbackCaseSchema = new Schema<FeedbackCaseRecord>(
  {
    _id: { type: String, required: true },
    caseNumber: { type: String, required: true },
    queryCodeVerifier: String,
    status: { type: String, required: true },
    round: { type: Number, required: true },
    unitId: String,
    repliedAt: Date,
    linkedTo: { type: Schema.Types.Mixed, default: undefined },
    processedEvents: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: FEEDBACK_CASES, versionKey: false, minimize: false },
);
