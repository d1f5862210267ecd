import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { FeedbackEventsConsumer } from './feedback-events.consumer';
import { StandardAnswersModule } from '../standard-answers/standard-answers.module';
import { RatingOutcomeService } from './rating-outcome.service';
import { ReportCompletionHttpController } from './report-completion.http.controller';
import { ReplyToCaseHttpController } from './reply-to-case.http.controller';
import { ReplyToCaseService } from './reply-to-case.service';
import { SendBackCaseHttpController } from './send-back-case.http.controller';
import { SendBackCaseService } from './send-back-case.service';

/** 答复 by kind, the completion of a promise (落实), a leader sending it back (发回重办), and what the petitioner's rating does: reopen (重新办理) or close (办结). */
@Module({
  imports: [CasesModule, StandardAnswersModule],
  controllers: [ReplyToCaseHttpController, ReportCompletionHttpController, SendBackCaseHttpController],
  providers: [ReplyToCaseService, SendBackCaseService, RatingOutcomeService, FeedbackEventsConsumer],
})
export class RepliesModule {}
