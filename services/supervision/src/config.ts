import { Transform } from 'class-transformer';
import { IsInt, IsNumber, IsTimeZone, Max, Min } from 'class-validator';
import { STATUTORY } from '@sunshine/contracts';
import { ServiceConfig } from '@sunshine/platform';

const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** The supervision service's environment (validated at start; see ServiceConfig for the shared part). */
export class SupervisionConfig extends ServiceConfig {
  /** Warning light: yellow when at most this many days are left before the deadline… */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(60)
  SUPERVISION_YELLOW_DAYS = 3;

  /** …or at most this share of the period (0–1), whichever is longer. 0.2 = the last 12 of 60 days. */
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  SUPERVISION_YELLOW_FRACTION = 0.2;

  /** 信访工作条例 art. 31: days from receipt to the acceptance decision (the clock before assignment). */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(60)
  SUPERVISION_ACCEPT_DAYS = STATUTORY.acceptDays;

  /** IANA zone in which the timeline's summaries show dates. */
  @IsTimeZone()
  SUPERVISION_TIME_ZONE = 'Asia/Shanghai';
}
