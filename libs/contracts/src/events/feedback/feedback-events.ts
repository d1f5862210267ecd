import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { CASE_NUMBER_PATTERN, UNIT_ID_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';
import {
  ConclusionReasons,
  RatingSources,
  ReviewDecisions,
  ReviewLevels,
  SatisfactionLevels,
  VisitMethods,
  type ConclusionReason,
  type RatingSource,
  type ReviewDecision,
  type ReviewLevel,
  type SatisfactionLevel,
  type VisitMethod,
} from '../../vocabulary';

export class FeedbackVisited {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @Matches(UNIT_ID_PATTERN)
  unitId!: string;

  @IsIn(VisitMethods.codes)
  method!: VisitMethod;

  /** What the petitioner said, as recorded in the return-visit ledger (回访台账). */
  @IsString()
  @MaxLength(2000)
  summary!: string;

  @IsISO8601({ strict: true })
  visitedAt!: string;

  /** The ledger entry's id (`feedback.rated` of a rating made in this visit carries it too). */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  visitId?: string;

  /** Who made the visit (an official of the unit or the joint office, never the petitioner). */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  visitor?: string;

  /** The satisfaction the petitioner expressed, recorded on their behalf (also published as `feedback.rated`, source `visit`). */
  @IsOptional()
  @IsIn(SatisfactionLevels.codes)
  satisfaction?: SatisfactionLevel;
}

export class FeedbackRated {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @Matches(UNIT_ID_PATTERN)
  unitId!: string;

  @IsIn(SatisfactionLevels.codes)
  satisfaction!: SatisfactionLevel;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  /** Which reply round is rated; one rating per reply. */
  @IsInt()
  @Min(1)
  round!: number;

  @IsISO8601({ strict: true })
  ratedAt!: string;

  /**
   * Set when a linked petitioner (a repeat or joint co-petitioner, `petition.duplicate-linked`)
   * rated the original case's reply through their own petition: that petition's id. Such a
   * rating is recorded and reported, but the original case's closure or reopening follows the
   * original petitioner's rating only.
   */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  ratedViaPetitionId?: string;

  /** Online (case number + query code; the default when absent) or recorded during a return visit. */
  @IsOptional()
  @IsIn(RatingSources.codes)
  source?: RatingSource;

  /** For source `visit`: the return visit (`feedback.visited`'s `visitId`) it was recorded in. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  visitId?: string;

  /** Why the petitioner is dissatisfied (required by feedback when dissatisfied); contact details masked. */
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  reasons?: string[];
}

export class FeedbackReviewRequested {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @IsIn(ReviewLevels.codes)
  level!: ReviewLevel;

  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason!: string;

  @IsISO8601({ strict: true })
  requestedAt!: string;

  /** 信访工作条例 art. 35: the reviewing body answers within 30 days. */
  @IsISO8601({ strict: true })
  answerBy!: string;

  /** The request's id in feedback (`GET /api/v1/reviews/{reviewId}`); absent on events before it existed. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  reviewId?: string;

  /** Who filed it: the petitioner with their query code, or a registrar on their behalf. */
  @IsOptional()
  @IsIn(['petitioner', 'registrar'])
  requestedBy?: 'petitioner' | 'registrar';

  /** The body the request goes to (复查机关 / 复核机关), as configured. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reviewBody?: string;
}

export class FeedbackReviewDecided {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @IsIn(ReviewLevels.codes)
  level!: ReviewLevel;

  @IsIn(ReviewDecisions.codes)
  decision!: ReviewDecision;

  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  decidedBy!: string;

  @IsISO8601({ strict: true })
  decidedAt!: string;

  /** The request decided (`feedback.review-requested`'s `reviewId`). */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  reviewId?: string;

  /** For `change`: what the unit must do when it handles the case again. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  directions?: string;

  /** For `change`: the unit's new handle-by date (end of day, Asia/Shanghai). */
  @IsOptional()
  @IsISO8601({ strict: true })
  newHandleBy?: string;
}

export class PetitionConcluded {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @IsIn(ConclusionReasons.codes)
  reason!: ConclusionReason;

  @IsISO8601({ strict: true })
  concludedAt!: string;
}

export const FeedbackVisitedEvent = defineEvent({
  type: 'feedback.visited',
  version: 1,
  topic: Topics.feedback,
  payload: FeedbackVisited,
  summary: 'A return visit was made and entered in the ledger (回访).',
});
export const FeedbackRatedEvent = defineEvent({
  type: 'feedback.rated',
  version: 1,
  topic: Topics.feedback,
  payload: FeedbackRated,
  summary: 'The petitioner rated a reply (满意度测评).',
});
export const FeedbackReviewRequestedEvent = defineEvent({
  type: 'feedback.review-requested',
  version: 1,
  topic: Topics.feedback,
  payload: FeedbackReviewRequested,
  summary: 'The petitioner asked for review (复查) or re-review (复核) within 30 days.',
});
export const FeedbackReviewDecidedEvent = defineEvent({
  type: 'feedback.review-decided',
  version: 1,
  topic: Topics.feedback,
  payload: FeedbackReviewDecided,
  summary: 'The reviewing body decided a review or re-review.',
});
export const PetitionConcludedEvent = defineEvent({
  type: 'petition.concluded',
  version: 1,
  topic: Topics.feedback,
  payload: PetitionConcluded,
  summary: 'The matter is concluded (息访/终结).',
});
