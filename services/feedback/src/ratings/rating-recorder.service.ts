import { Injectable } from '@nestjs/common';
import { createEvent, maskContactDetails, type DomainEvent, type RatingSource, type SatisfactionLevel } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import type { FeedbackCaseRecord } from '../cases/feedback-case.schema';
import { conclusionOf, ratingReasons, roundToRate } from './rating';
import { NoReplyToRate, RatingAlreadyGiven } from './rating.errors';
import { RatingRepository } from './rating.repository';
import { ratingId, RATINGS } from './rating.schema';

export interface RatingToRecord {
  satisfaction: SatisfactionLevel;
  comment?: string;
  reasons?: readonly string[];
  source: RatingSource;
  /** For source `visit`: the visit's id, and the ledger entry kept with the rating. */
  visitId?: string;
  visit?: Record<string, unknown>;
}

export interface RecordedRating {
  round: number;
  ratingId: string;
  reasons: string[];
}

/**
 * The petitioner's own rating of the case's current reply round, whichever way it came: online
 * (case number + query code) or recorded by staff during a return visit (回访代评). One rating per
 * round: both sources insert the same id, so the second — of either source — is 409
 * RATING.ALREADY_RATED. The rating, `feedback.rated` (with its source) and, when satisfied,
 * `petition.concluded` are one insert; `before` are events of the same write that come first
 * (a visit's `feedback.visited`).
 */
@Injectable()
export class RatingRecorder {
  constructor(
    private readonly ratings: RatingRepository,
    private readonly messaging: MessagingService,
  ) {}

  async record(record: FeedbackCaseRecord, input: RatingToRecord, now: Date, before: readonly DomainEvent[] = []): Promise<RecordedRating> {
    const round = roundToRate(record);
    if (!record.unitId) throw new NoReplyToRate();
    const reasons = ratingReasons(input.satisfaction, input.reasons);
    const comment = input.comment?.trim() ? maskContactDetails(input.comment.trim()) : undefined;
    const petitionId = record._id;
    const meta = this.messaging.eventMeta(now);
    const events: DomainEvent[] = [
      ...before,
      createEvent(
        'feedback.rated',
        { petitionId },
        {
          caseNumber: record.caseNumber,
          unitId: record.unitId,
          satisfaction: input.satisfaction,
          ...(comment ? { comment } : {}),
          round,
          ratedAt: now.toISOString(),
          source: input.source,
          ...(input.visitId ? { visitId: input.visitId } : {}),
          ...(reasons.length ? { reasons } : {}),
        },
        meta,
      ),
    ];
    const conclusion = conclusionOf(input.satisfaction);
    if (conclusion) events.push(createEvent('petition.concluded', { petitionId }, { caseNumber: record.caseNumber, reason: conclusion, concludedAt: now.toISOString() }, meta));
    const id = ratingId(petitionId, round);
    const inserted = await this.ratings.insert(
      {
        _id: id,
        petitionId,
        caseNumber: record.caseNumber,
        unitId: record.unitId,
        round,
        satisfaction: input.satisfaction,
        ...(comment ? { comment } : {}),
        ratedAt: now,
        source: input.source,
        ...(reasons.length ? { reasons } : {}),
        ...(input.visitId ? { visitId: input.visitId } : {}),
        ...(input.visit ? { visit: input.visit } : {}),
      },
      events,
    );
    if (!inserted) throw new RatingAlreadyGiven();
    this.messaging.kick(RATINGS, [id]);
    return { round, ratingId: id, reasons };
  }
}
