import { createHash, timingSafeEqual } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUrl, Matches, MaxLength, validateSync } from 'class-validator';
import { ConfigValidationError } from '@sunshine/platform';

/** Used only outside production, so that a developer's app and the tests can post at once. */
export const DEVELOPMENT_API_KEY = 'dev-open311-key-sunshine';

/** The Open311 endpoint's environment, validated when the service starts. */
export class Open311Config {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /**
   * Comma-separated API keys of the civic apps allowed to POST (16–200 characters each, no
   * spaces). Required in production; the development key is refused there.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._~-]{16,200}(,[A-Za-z0-9._~-]{16,200})*$/, { message: 'must be a comma list of keys of 16–200 characters [A-Za-z0-9._~-]' })
  INTAKE_OPEN311_API_KEYS?: string;

  /** The one jurisdiction served (GeoReport v2 suggests the website root without www). */
  @Matches(/^[a-z0-9.-]{3,100}$/)
  INTAKE_OPEN311_JURISDICTION_ID = 'shawan.gov.cn';

  /** The public URL of /open311/v2, as announced by discovery. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  INTAKE_OPEN311_ENDPOINT_URL = 'http://127.0.0.1:3001/open311/v2';

  /** Discovery: production (acted upon) or test. */
  @IsIn(['production', 'test'])
  INTAKE_OPEN311_ENDPOINT_TYPE: 'production' | 'test' = 'production';

  /** Discovery's changeset: when the service list last changed (w3 date-time). */
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
  INTAKE_OPEN311_CHANGESET = '2026-11-01T00:00:00Z';

  @IsString()
  @MaxLength(500)
  INTAKE_OPEN311_CONTACT = '沙湾区人民政府信访局（阳光信访） Shawan District Petition Bureau: xinfang@shawan.gov.cn, 0833-12345';

  @IsString()
  @MaxLength(500)
  INTAKE_OPEN311_KEY_SERVICE = '申请 api_key：请致函 xinfang@shawan.gov.cn 说明应用名称与用途。To get an api_key, write to xinfang@shawan.gov.cn naming your app.';
}

/** The environment variables Open311Config reads. */
export const OPEN311_ENVIRONMENT = [
  'NODE_ENV',
  'INTAKE_OPEN311_API_KEYS',
  'INTAKE_OPEN311_JURISDICTION_ID',
  'INTAKE_OPEN311_ENDPOINT_URL',
  'INTAKE_OPEN311_ENDPOINT_TYPE',
  'INTAKE_OPEN311_CHANGESET',
  'INTAKE_OPEN311_CONTACT',
  'INTAKE_OPEN311_KEY_SERVICE',
] as const;

/** The settings the Open311 endpoint runs with; API keys only as SHA-256 digests. */
export class Open311Settings {
  constructor(
    readonly jurisdictionId: string,
    readonly endpointUrl: string,
    readonly endpointType: 'production' | 'test',
    readonly changeset: string,
    readonly contact: string,
    readonly keyService: string,
    private readonly keyDigests: readonly Buffer[],
  ) {}

  /** A short, stable id of a valid key (for idempotency scopes and records), or undefined. */
  keyIdOf(apiKey: unknown): string | undefined {
    if (typeof apiKey !== 'string' || apiKey.length === 0 || apiKey.length > 200) return undefined;
    const digest = createHash('sha256').update(apiKey).digest();
    let match = false;
    for (const known of this.keyDigests) match = timingSafeEqual(known, digest) || match;
    return match ? digest.toString('hex').slice(0, 16) : undefined;
  }
}

/** Validate the environment and build the settings; throws (and the service refuses to start) on a bad value. */
export function loadOpen311Settings(environment: Record<string, unknown>): Open311Settings {
  const config = plainToInstance(Open311Config, environment, { exposeDefaultValues: true, excludeExtraneousValues: false });
  const problems = validateSync(config, { whitelist: false }).map(
    (e) => `${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  const keys = config.INTAKE_OPEN311_API_KEYS?.split(',') ?? [];
  if (config.NODE_ENV === 'production') {
    if (!keys.length) problems.push('INTAKE_OPEN311_API_KEYS: required in production');
    if (keys.includes(DEVELOPMENT_API_KEY)) problems.push('INTAKE_OPEN311_API_KEYS: the development key is refused in production');
  } else if (!keys.length) {
    keys.push(DEVELOPMENT_API_KEY);
  }
  if (problems.length) throw new ConfigValidationError(problems);
  return new Open311Settings(
    config.INTAKE_OPEN311_JURISDICTION_ID,
    config.INTAKE_OPEN311_ENDPOINT_URL.replace(/\/+$/, ''),
    config.INTAKE_OPEN311_ENDPOINT_TYPE,
    config.INTAKE_OPEN311_CHANGESET,
    config.INTAKE_OPEN311_CONTACT,
    config.INTAKE_OPEN311_KEY_SERVICE,
    keys.map((k) => createHash('sha256').update(k).digest()),
  );
}
