import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Min } from 'class-validator';
import { ServiceConfig } from '@sunshine/platform';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** The intake service's environment (validated at start; see ServiceConfig for the shared part). */
export class IntakeConfig extends ServiceConfig {
  /** The district's code in case numbers (SW = 沙湾区): `SW-2026-000123`. */
  @Matches(/^[A-Z]{2,6}$/)
  INTAKE_DISTRICT_CODE = 'SW';

  /** IANA zone of the district; the case-number year turns over at local midnight. */
  @IsString()
  INTAKE_TIME_ZONE = 'Asia/Shanghai';

  /** JSON object of key id → base64 32-byte AES key; required in production. */
  @IsOptional()
  @IsString()
  INTAKE_PII_KEYS?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/)
  INTAKE_PII_ACTIVE_KEY?: string;

  /** base64 HMAC key (≥ 32 bytes) of the blind indexes; required in production. */
  @IsOptional()
  @IsString()
  INTAKE_BLIND_INDEX_KEY?: string;

  /** Public submissions and progress queries allowed per client IP per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  INTAKE_PUBLIC_RATE_LIMIT = 20;

  /** How long an Idempotency-Key is remembered. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  INTAKE_IDEMPOTENCY_TTL_S = 86_400;
}
