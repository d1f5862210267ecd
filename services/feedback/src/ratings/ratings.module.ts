import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { FeedbackCasesModule } from '../cases/feedback-cases.module';
import { ListRatingsHttpController } from './list-ratings.http.controller';
import { ListRatingsService } from './list-ratings.service';
import { RateReplyHttpController } from './rate-reply.http.controller';
import { RateReplyService } from './rate-reply.service';
import { RatingRecorder } from './rating-recorder.service';
import { RatingRepository } from './rating.repository';
import { RATINGS, RatingSchema } from './rating.schema';

/** 满意度测评: the petitioner's ratings of the replies (online, or recorded in a return visit), and their listing for supervision. */
@Module({
  imports: [FeedbackCasesModule, MongooseModule.forFeature([{ name: RATINGS, schema: RatingSchema }])],
  controllers: [RateReplyHttpController, ListRatingsHttpController],
  providers: [RateReplyService, ListRatingsService, RatingRepository, RatingRecorder],
  exports: [RatingRecorder, RatingRepository],
})
export class RatingsModule {}
