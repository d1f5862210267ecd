import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CaseNumberRepository } from './case-number.repository';
import { FeedbackCaseRepository } from './feedback-case.repository';
import { FEEDBACK_CASES, FeedbackCaseSchema } from './feedback-case.schema';
import { FeedbackCaseService } from './feedback-case.service';
import { HandlingEventsConsumer } from './handling-events.consumer';
import { IntakeEventsConsumer } from './intake-events.consumer';
import { RoutingEventsConsumer } from './routing-events.consumer';

/** Feedback's record of each petition, kept from intake's, routing's (links) and handling's events. */
@Module({
  imports: [MongooseModule.forFeature([{ name: FEEDBACK_CASES, schema: FeedbackCaseSchema }])],
  providers: [FeedbackCaseRepository, CaseNumberRepository, FeedbackCaseService, IntakeEventsConsumer, HandlingEventsConsumer, RoutingEventsConsumer],
  exports: [FeedbackCaseRepository, CaseNumberRepository],
})
export class FeedbackCasesModule {}
