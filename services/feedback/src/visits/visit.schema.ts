import { Schema } from 'mongoose';
import type { RatingSource, SatisfactionLevel, VisitMethod } from '@sunshine/contracts';
import { outboxPlugin, type OutboxFields } from '@sunshine/messaging';

export const VISITS = 'visits';

/** One entry of the return-visit ledger (回访台账), with its `feedback.visited` in the same insert. */
export interface VisitRecord extends OutboxFields {
  _id: string;
  petitionId: string;
  caseNumber: string;
  /** The unit whose handling the visit is about (the one that replied). */
  unitId: string;
  method: VisitMethod;
  /** What the petitioner said, contact details masked. */
  summary: string;
  visitedAt: Date;
  recordedBy: string;
  recordedAt: Date;
  /** The reply round the visit was about (absent on entries stored before it was kept). */
  round?: number;
  /** Who made the visit (an official); the recording account when not given. */
  visitor?: string;
  /**
   * The satisfaction the petitioner expressed, recorded on their behalf: then the visit is also
   * the rating of its round (`ratings`, source `visit`), and its events are in that rating's write.
   */
  satisfaction?: SatisfactionLevel;
  ratingSource?: RatingSource;
  reasons?: string[];
}

export const VisitSchema = new Schema<VisitRecord>(
  {
    _id: { type: String, required: true },
    petitionId: { type: String, required: true },
    caseNumber: { type: String, required: true },
    unitId: { type: String, required: true, index: true },
    method: { type: String, required: true },
    summary: { type: String, required: true },
    visitedAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    round: Number,
    visitor: String,
    satisfaction: String,
    ratingSource: String,
    reasons: { type: [String], default: undefined },
  },
  { collection: VISITS, versionKey: false, minimize: false },
);
VisitSchema.plugin(outboxPlugin);
