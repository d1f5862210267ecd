import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { FeedbackDecisionsConsumer } from './feedback-decisions.consumer';
import { ReviewOutcomeService } from './review-outcome.service';

/** What feedback's review chain (复查/复核) and the petitioner's withdrawal (撤回) do to the case. */
@Module({
  imports: [CasesModule],
  providers: [ReviewOutcomeService, FeedbackDecisionsConsumer],
})
export class ReviewsModule {}
