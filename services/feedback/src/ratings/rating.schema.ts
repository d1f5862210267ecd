import { Schema } from 'mongoose';
import type { RatingSource, SatisfactionLevel } from '@sunshine/contracts';
import { outboxPlugin, type OutboxFields } from '@sunshine/messaging';

export const RATINGS = 'ratings';

/**
 * The id of the rating of one reply round: inserting it twice is impossible (one rating per round).
 * A linked petitioner's rating of the original's round has its own id, one per petitioner per round.
 */
export function ratingId(petitionId: string, round: number, viaPetitionId?: string): string {
  return viaPetitionId ? `${petitionId}:r${round}:via:${viaPetitionId}` : `${petitionId}:r${round}`;
}

/**
 * One petitioner's rating of one reply (满意度测评). Its `outbox` holds `feedback.rated` (and
 * `petition.concluded` when satisfied), inserted in the same write as the rating.
 */
export interface RatingRecord extends OutboxFields {
  _id: string;
  petitionId: string;
  caseNumber: string;
  /** The unit whose reply is rated. */
  unitId: string;
  round: number;
  satisfaction: SatisfactionLevel;
  /** As the petitioner wrote it, contact details masked. */
  comment?: string;
  ratedAt: Date;
  /** A linked petitioner's rating of this (original) case's reply: their own petition and case number. */
  ratedViaPetitionId?: string;
  ratedViaCaseNumber?: string;
  /** Online (absent on ratings stored before sources were kept) or recorded during a return visit. */
  source?: RatingSource;
  /** Why the petitioner is dissatisfied (required then), contact details masked. */
  reasons?: string[];
  /** For source `visit`: the ledger entry, and a copy of it — the ledger is re-made from it if the entry's own insert was lost. */
  visitId?: string;
  visit?: Record<string, unknown>;
}

export const RatingSchema = new Schema<RatingRecord>(
  {
    _id: { type: String, required: true },
    petitionId: { type: String, required: true },
    caseNumber: { type: String, required: true },
    unitId: { type: String, required: true, index: true },
    round: { type: Number, required: true },
    satisfaction: { type: String, required: true },
    comment: String,
    ratedAt: { type: Date, required: true },
    ratedViaPetitionId: String,
    ratedViaCaseNumber: String,
    source: String,
    reasons: { type: [String], default: undefined },
    visitId: String,
    visit: { type: Schema.Types.Mixed, default: undefined },
  },
  { collection: RATINGS, versionKey: false, minimize: false },
);
RatingSchema.plugin(outboxPlugin);
