import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_REVIEW_BODY, STATUTORY } from '@sunshine/contracts';
import { ServiceConfig } from '@sunshine/platform';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** The handling service's environment (validated at start; see ServiceConfig for the shared part). */
export class HandlingConfig extends ServiceConfig {
  /** 信访工作条例 art. 32: a case is handled and answered within 60 days of its acceptance. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  HANDLING_HANDLE_DAYS = STATUTORY.handleDays;

  /**
   * Days a unit has to reply again after the petitioner was dissatisfied (重新办理). The district's
   * rule, not a statutory limit (the regulations set none for re-handling).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  HANDLING_REOPEN_DAYS = 30;

  /**
   * Reopenings for the petitioner's dissatisfaction before a further "dissatisfied" no longer
   * reopens the case (case.rehandling-limit-reached: review advised, a supervision-order
   * candidate). The district's rule (重办有限); 0 never reopens on dissatisfaction.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  HANDLING_MAX_DISSATISFIED_REOPENINGS = 1;

  /** Where a statutory day ends: a period of n days ends at the end of its last day here. */
  @IsString()
  @IsNotEmpty()
  HANDLING_TIME_ZONE = 'Asia/Shanghai';

  /** The reviewing body every written reply names for a review request (复查, 信访工作条例 art. 35). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  HANDLING_REVIEW_BODY = DEFAULT_REVIEW_BODY['zh-CN'];

  /** Days after acceptance (or a reopening) an assisting unit (协办单位) has for its opinion (协办意见). The district's rule. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  HANDLING_ASSIST_DAYS = 10;
}
