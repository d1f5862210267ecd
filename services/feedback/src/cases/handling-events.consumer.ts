import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MessagingService } from '@sunshine/messaging';
import { registerCaseRoundConsumer } from './case-round-events';
import { FeedbackCaseService } from './feedback-case.service';

/** handling.events.v1 → which reply may be rated: replied opens a round, reopened and closed end it. */
@Injectable()
export class HandlingEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly cases: FeedbackCaseService,
  ) {}

  onModuleInit(): void {
    registerCaseRoundConsumer(this.messaging, 'feedback-handling', this.cases);
  }
}
