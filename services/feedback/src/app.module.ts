import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ThrottlerModule } from '@nestjs/throttler';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { FeedbackCasesModule } from './cases/feedback-cases.module';
import { FeedbackConfig } from './config';
import { RatingsModule } from './ratings/ratings.module';
import { RATINGS } from './ratings/rating.schema';
import { VISITS } from './visits/visit.schema';
import { VisitsModule } from './visits/visits.module';

@Module({
  imports: [
    ServicePlatformModule.forRoot({
      service: 'feedback',
      config: FeedbackConfig,
      publishes: [Topics.feedback],
      consumes: [Topics.intake, Topics.routing, Topics.handling],
      outboxCollections: [RATINGS, VISITS],
    }),
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        throttlers: [{ name: 'public', ttl: 60_000, limit: config.getOrThrow<number>('FEEDBACK_PUBLIC_RATE_LIMIT') }],
      }),
    }),
    FeedbackCasesModule,
    RatingsModule,
    VisitsModule,
  ],
})
export class AppModule {}
