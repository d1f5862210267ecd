import { Transform } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, IsTimeZone, Matches, Max, Min, MinLength, NotEquals, ValidateIf } from 'class-validator';
import { STATUTORY } from '@sunshine/contracts';
import { ServiceConfig } from '@sunshine/platform';

/** Development only: production refuses it (see SUPERVISION_HISTORY_KEY). */
export const DEV_HISTORY_KEY = 'development-only-supervision-report-history-key';

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

  /** How often the reminder scheduler looks for cases whose light is due to change (ms). */
  @Transform(toNumber)
  @IsInt()
  @Min(100)
  @Max(86_400_000)
  SUPERVISION_SCAN_MS = 60_000;

  /** An automatic supervision order is due this many working days after it is issued. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(30)
  SUPERVISION_ORDER_DUE_WORKING_DAYS = 5;

  /** A manual order without `dueBy` is due this many working days after it is issued. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(30)
  SUPERVISION_MANUAL_ORDER_DUE_WORKING_DAYS = 5;

  /** The n-th `case.returned` of one item brings an automatic order (reason repeated-returns). */
  @Transform(toNumber)
  @IsInt()
  @Min(2)
  @Max(20)
  SUPERVISION_REPEATED_RETURNS = 3;

  /**
   * The yellow rule per limit other than accept-by and handle-by (which use the two settings
   * above): `kind=days:fraction`, comma-separated, e.g. `promised-by=1:0.2,order-due-by=1:0.4`.
   * Unlisted: 1 day / 20 %.
   */
  @Matches(/^((promised-by|visit-by|order-due-by|accept-by|handle-by)=\d{1,2}:(0(\.\d+)?|1(\.0+)?)(,|$))*$/)
  SUPERVISION_LIMIT_RULES = '';

  /**
   * A JSON file with the appraisal configuration (indicators, weights, scoring functions, grades;
   * see `config/appraisal.default.json`); the built-in defaults when empty.
   */
  @IsOptional()
  @IsString()
  SUPERVISION_APPRAISAL_CONFIG?: string;

  /**
   * The key that signs the report history (HMAC-SHA256). The development default is refused in
   * production: whoever knows the key could rewrite the history undetected.
   */
  @IsString()
  @MinLength(32)
  @ValidateIf((config: SupervisionConfig) => config.NODE_ENV === 'production')
  @NotEquals(DEV_HISTORY_KEY, { message: 'SUPERVISION_HISTORY_KEY must be set in production (the development default is refused)' })
  SUPERVISION_HISTORY_KEY = DEV_HISTORY_KEY;
}
