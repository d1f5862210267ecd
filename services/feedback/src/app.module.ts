import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ThrottlerModule } from '@nestjs/throttler';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { FeedbackCasesModule } from './cases/feedback-cases.module';
import { ConclusionModule } from './conclusion/conclusion.module';
import { FeedbackConfig } from './config';
import { RatingsModule } from './ratings/ratings.module';
import { RATINGS } from './ratings/rating.schema';
import { REVIEW_CHAINS } from './reviews/review-chain.schema';
import { ReviewsModule } from './reviews/reviews.module';
import { VISITS } from './visits/visit.schema';
import { VisitsModule } from './visits/visits.module';
import { WithdrawalsModule } from './withdrawals/withdrawals.module';

@Module({
  imports: [
    ServicePlatformModule.forRoot({
      service: 'feedback',
      config: FeedbackConfig,
      publishes: [Topics.feedback],
      consumes: [Topics.intake, Topics.routing, Topics.handling],
      outboxCollections: [RATINGS, VISITS, REVIEW_CHAINS],
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
    ReviewsModule,
    WithdrawalsModule,
    ConclusionModule,
  ],
})
export class AppModule {}
