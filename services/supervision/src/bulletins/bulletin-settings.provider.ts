import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsInt, Max, Min, validateSync } from 'class-validator';

const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBoolean = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1');

/** The bulletins' environment (validated when the service starts; the canvas lists it). */
export class BulletinConfig {
  /** Publish the due bulletins on schedule (daily 08:00 for yesterday, monthly on the 1st, quarterly on the quarter's first day). */
  @Transform(toBoolean)
  @IsBoolean()
  SUPERVISION_BULLETINS_SCHEDULED = true;

  /** How often the bulletin scheduler looks for due periods (ms). */
  @Transform(toNumber)
  @IsInt()
  @Min(100)
  @Max(86_400_000)
  SUPERVISION_BULLETIN_SCAN_MS = 300_000;

  /** After downtime, bulletins due at most this many days ago are still published (catch-up). */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(400)
  SUPERVISION_BULLETIN_CATCH_UP_DAYS = 7;

  /** A bulletin reads the cases received up to this many days before its period (older cases still running count too). */
  @Transform(toNumber)
  @IsInt()
  @Min(35)
  @Max(3660)
  SUPERVISION_BULLETIN_LOOKBACK_DAYS = 400;
}

@Injectable()
export class BulletinSettings {
  readonly scheduled: boolean;
  readonly scanMs: number;
  readonly catchUpDays: number;
  readonly lookbackDays: number;
  readonly timeZone: string;

  constructor(config: ConfigService) {
    const keys = Object.keys(new BulletinConfig());
    const raw = Object.fromEntries(keys.map((key) => [key, config.get<unknown>(key)]).filter(([, v]) => v !== undefined));
    const settings = plainToInstance(BulletinConfig, raw);
    const errors = validateSync(settings);
    if (errors.length) throw new Error(`invalid bulletin configuration: ${errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`).join('; ')}`);
    this.scheduled = settings.SUPERVISION_BULLETINS_SCHEDULED;
    this.scanMs = settings.SUPERVISION_BULLETIN_SCAN_MS;
    this.catchUpDays = settings.SUPERVISION_BULLETIN_CATCH_UP_DAYS;
    this.lookbackDays = settings.SUPERVISION_BULLETIN_LOOKBACK_DAYS;
    this.timeZone = config.getOrThrow<string>('SUPERVISION_TIME_ZONE');
  }
}
