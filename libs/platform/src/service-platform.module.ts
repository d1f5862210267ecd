import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { AuthModule } from '@sunshine/auth';
import { MessagingModule, type MessagingModuleOptions } from '@sunshine/messaging';
import { configValidator, type ServiceConfig } from './config/service-config';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { MongoModule } from './mongo/mongo.module';
import { SERVICE_NAME } from './service-name';
import { Clock, FileOffsetClock, OffsetClock, SystemClock } from './time/clock';

export interface ServicePlatformOptions extends MessagingModuleOptions {
  /** The service's configuration class (extends ServiceConfig). */
  config: Type<ServiceConfig>;
}

/**
 * Everything a service process shares with the others: validated configuration, JSON logs
 * with correlation ids, its own database, Kafka (outbox relay and consumers), /health and
 * the clock. A service's AppModule imports this once and adds its capability modules.
 */
@Module({})
export class ServicePlatformModule {
  static forRoot(options: ServicePlatformOptions): DynamicModule {
    const { config, ...messaging } = options;
    return {
      module: ServicePlatformModule,
      global: true,
      imports: [
        // The environment is read and validated when the application is created (not when this
        // module is imported), so a bad value stops the process at start with a clear message.
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          validatePredefined: false,
          skipProcessEnv: true,
          load: [() => ({ ...configValidator(config)(process.env) })],
        }),
        LoggingModule,
        MongoModule,
        MessagingModule.forRoot(messaging),
        HealthModule,
        AuthModule,
      ],
      providers: [
        { provide: SERVICE_NAME, useValue: options.service },
        {
          provide: Clock,
          inject: [ConfigService],
          useFactory: (settings: ConfigService) => clockFor(settings),
        },
      ],
      exports: [SERVICE_NAME, Clock],
    };
  }
}

/**
 * The clock the settings ask for: the system clock, or in development and tests one shifted by
 * `CLOCK_OFFSET_DAYS` (fixed) and/or by the offset in `CLOCK_OFFSET_FILE` (movable). Both are
 * refused in production, where the time is the time.
 */
export function clockFor(settings: { get(key: string): unknown }): Clock {
  const offsetDays = Number(settings.get('CLOCK_OFFSET_DAYS') ?? 0);
  const offsetFile = settings.get('CLOCK_OFFSET_FILE');
  const production = settings.get('NODE_ENV') === 'production';
  if (offsetFile) {
    if (production) throw new Error('CLOCK_OFFSET_FILE is refused in production');
    return new FileOffsetClock(String(offsetFile), { baseOffsetMs: offsetDays * 86_400_000 });
  }
  if (!offsetDays) return new SystemClock();
  if (production) throw new Error('CLOCK_OFFSET_DAYS is refused in production');
  return new OffsetClock(offsetDays * 86_400_000);
}
