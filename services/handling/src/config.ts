import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { STATUTORY } from '@sunshine/contracts';
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

  /** Days after acceptance (or a reopening) an assisting unit (协办单位) has for its opinion (协办意见). The district's rule. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  HANDLING_ASSIST_DAYS = 10;
}
