import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Environment shared by every service. A service extends it with its own settings; the whole
 * environment is validated at start and the process refuses to start on a bad value.
 * docker-compose.yml and deploy/local use the same names.
 */
export class ServiceConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** HTTP port; each service has its own default (intake 3001 … supervision 3005). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  /** Interface to listen on; loopback unless deployed behind a proxy or in a container. */
  @IsString()
  HOST = '127.0.0.1';

  @Matches(/^mongodb(\+srv)?:\/\/\S+$/)
  MONGO_URL = 'mongodb://127.0.0.1:27017';

  /** Defaults to `sunshine_<service>`: each service owns its own database. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,60}$/)
  MONGO_DB?: string;

  /** Comma-separated host:port list. */
  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/)
  KAFKA_BROKERS = '127.0.0.1:9092';

  /** Prefix of topics and consumer groups; tests use it to isolate runs. Empty in production. */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,40}$/)
  KAFKA_NAMESPACE?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  KAFKA_PARTITIONS = 12;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 250;

  /**
   * How often the relay sweeps whole collections for events it was not told about (written by
   * another instance, or left by a crash: it also sweeps at start). An indexed query on
   * MongoDB, a full scan on FerretDB, hence not too often.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  OUTBOX_SWEEP_MS = 30_000;

  /** kafkajs retries per request before a consumer crashes. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  KAFKA_RETRIES = 8;

  /** Consecutive consumer restarts after crashes before the process gives up and exits 1. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  CONSUMER_MAX_RESTARTS = 5;

  /** Delay between a fatal consumer error and the exit, so /health can report it. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  FATAL_EXIT_DELAY_MS = 2000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Expected `iss` of access tokens; required in production. */
  @IsOptional()
  @IsString()
  AUTH_ISSUER?: string;

  @IsString()
  AUTH_AUDIENCE = 'sunshine-petitions';

  /** JWKS (JSON) of the keys that sign access tokens; required in production. */
  @IsOptional()
  @IsString()
  AUTH_PUBLIC_KEYS?: string;

  /** Where the development signing key lives (not used in production). */
  @IsOptional()
  @IsString()
  AUTH_DEV_KEYS_DIR?: string;

  /** Development only: run the clock this many days ahead (acceptance of deadline behaviour). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  CLOCK_OFFSET_DAYS?: number;

  /**
   * Development and tests only: a file whose whole content is a clock offset in milliseconds,
   * re-read when it changes (at most every 200 ms), so a system test moves every service's time
   * at once. A missing file = no offset.
   */
  @IsOptional()
  @IsString()
  CLOCK_OFFSET_FILE?: string;

  /** How long a stopping process may take to finish in-flight work. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SHUTDOWN_GRACE_MS = 10_000;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Build a `validate` function for `ConfigModule.forRoot` from a config class. */
export function configValidator<T extends ServiceConfig>(configClass: new () => T) {
  return (environment: Record<string, unknown>): T => {
    const config = plainToInstance(configClass, environment, { exposeDefaultValues: true });
    const errors = validateSync(config, { whitelist: false, skipMissingProperties: false });
    if (errors.length) {
      throw new ConfigValidationError(
        errors.map((e) => `${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`),
      );
    }
    return config;
  };
}
