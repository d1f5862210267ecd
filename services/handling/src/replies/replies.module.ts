import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { FeedbackEventsConsumer } from './feedback-events.consumer';
import { RatingOutcomeService } from './rating-outcome.service';
import { ReplyToCaseHttpController } from './reply-to-case.http.controller';
import { ReplyToCaseService } from './reply-to-case.service';

/** 答复 and what the petitioner's rating of it does: reopen (重新办理) or close (办结). */
@Module({
  imports: [CasesModule],
  controllers: [ReplyToCaseHttpController],
  providers: [ReplyToCaseService, RatingOutcomeService, FeedbackEventsConsumer],
})
export class RepliesModule {}
