import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { FeedbackEventsConsumer } from './feedback-events.consumer';
import { RatingOutcomeService } from './rating-outcome.service';
import { ReplyToCaseHttpController } from './reply-to-case.http.controller';
import { ReplyToCaseService } from './reply-to-case.service';
import { SendBackCaseHttpController } from './send-back-case.http.controller';
import { SendBackCaseService } from './send-back-case.service';

/** 答复, a leader sending it back (发回重办), and what the petitioner's rating does: reopen (重新办理) or close (办结). */
@Module({
  imports: [CasesModule],
  controllers: [ReplyToCaseHttpController, SendBackCaseHttpController],
  providers: [ReplyToCaseService, SendBackCaseService, RatingOutcomeService, FeedbackEventsConsumer],
})
export class RepliesModule {}
