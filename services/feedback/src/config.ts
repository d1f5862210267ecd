import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
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
}
