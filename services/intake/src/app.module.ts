import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ThrottlerModule } from '@nestjs/throttler';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { ChannelsModule } from './channels/channels.module';
import { IntakeConfig } from './config';
import { DisclosureModule } from './disclosure/disclosure.module';
import { Open311Module } from './open311/open311.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ProgressModule } from './progress/progress.module';
import { RegistrationModule } from './registration/registration.module';

@Module({
  imports: [
    ServicePlatformModule.forRoot({
      service: 'intake',
      config: IntakeConfig,
      publishes: [Topics.intake],
      consumes: [Topics.intake, Topics.routing, Topics.handling, Topics.feedback, Topics.supervision],
      outboxCollections: ['petitions'],
    }),
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        throttlers: [{ name: 'public', ttl: 60_000, limit: config.getOrThrow<number>('INTAKE_PUBLIC_RATE_LIMIT') }],
      }),
    }),
    PrivacyModule,
    RegistrationModule,
    ProgressModule,
    ChannelsModule,
    Open311Module,
    DisclosureModule,
  ],
})
export class AppModule {}
