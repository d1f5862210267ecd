import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Max, Min } from 'class-validator';
import { STATUTORY } from '@sunshine/contracts';
import { ServiceConfig } from '@sunshine/platform';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** The feedback service's environment (validated at start; see ServiceConfig for the shared part). */
export class FeedbackConfig extends ServiceConfig {
  /** Public ratings allowed per client IP per minute (the credential is guessable only by trying). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  FEEDBACK_PUBLIC_RATE_LIMIT = 20;

  /**
   * Working days after each reply by which a return visit (回访) is due (weekends and official
   * holidays skipped). The district's rule, not a statutory limit.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  FEEDBACK_VISIT_WORKING_DAYS = 5;

  /** 信访工作条例 art. 35: review (复查) is requested within this many days of the written reply. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(STATUTORY.reviewRequestDays)
  FEEDBACK_REVIEW_REQUEST_DAYS = STATUTORY.reviewRequestDays;

  /** Art. 35: the reviewing body decides within this many days of the request. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(STATUTORY.reviewDecisionDays)
  FEEDBACK_REVIEW_DECISION_DAYS = STATUTORY.reviewDecisionDays;

  /** Art. 36: re-review (复核) is requested within this many days of the review decision. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(STATUTORY.reReviewRequestDays)
  FEEDBACK_RE_REVIEW_REQUEST_DAYS = STATUTORY.reReviewRequestDays;

  /** Art. 36: the re-reviewing body decides within this many days of the request. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(STATUTORY.reReviewDecisionDays)
  FEEDBACK_RE_REVIEW_DECISION_DAYS = STATUTORY.reReviewDecisionDays;

  /** Days a review decided "change" gives the unit to handle the case again, when the body names none (the district's rule). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(STATUTORY.handleDays)
  FEEDBACK_CHANGE_HANDLE_DAYS = 30;

  /** The reviewing body (复查机关) requests go to; its staff hold the role `review-office`. */
  @IsString()
  @IsNotEmpty()
  FEEDBACK_REVIEW_BODY = '区人民政府信访复查机关';

  /** The re-reviewing body one level up (复核机关); role `re-review-office`. */
  @IsString()
  @IsNotEmpty()
  FEEDBACK_RE_REVIEW_BODY = '市人民政府信访复核机关';

  /** Where a calendar day ends for the review windows (信访工作条例 counts calendar days). */
  @IsString()
  @IsNotEmpty()
  FEEDBACK_TIME_ZONE = 'Asia/Shanghai';

  /** How often the conclusion sweep looks for matters whose review window closed unused (有果必结). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  FEEDBACK_CONCLUSION_SWEEP_MS = 60_000;
}
