import { Transform } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { ServiceConfig } from '@sunshine/platform';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** The feedback service's environment (validated at start; see ServiceConfig for the shared part). */
export class FeedbackConfig extends ServiceConfig {
  /** Public ratings allowed per client IP per minute (the credential is guessable only by trying). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  FEEDBACK_PUBLIC_RATE_LIMIT = 20;
}
