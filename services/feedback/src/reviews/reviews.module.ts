import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { FeedbackCasesModule } from '../cases/feedback-cases.module';
import { DecideReviewHttpController } from './decide-review.http.controller';
import { DecideReviewService } from './decide-review.service';
import { ReviewHandlingEventsConsumer } from './handling-events.consumer';
import { PetitionerCredentials } from './petitioner-credentials.service';
import { RequestReviewHttpController } from './request-review.http.controller';
import { RequestReviewService } from './request-review.service';
import { ReviewChainRepository } from './review-chain.repository';
import { REVIEW_CHAINS, ReviewChainSchema } from './review-chain.schema';
import { ReviewChainService } from './review-chain.service';

/** 复查/复核 (信访工作条例 art. 35–36): requests, the offices' decisions, and the chain every end of a petition is written to. */
@Module({
  imports: [FeedbackCasesModule, MongooseModule.forFeature([{ name: REVIEW_CHAINS, schema: ReviewChainSchema }])],
  controllers: [RequestReviewHttpController, DecideReviewHttpController],
  providers: [ReviewChainRepository, ReviewChainService, PetitionerCredentials, RequestReviewService, DecideReviewService, ReviewHandlingEventsConsumer],
  exports: [ReviewChainRepository, ReviewChainService, PetitionerCredentials],
})
export class ReviewsModule {}
