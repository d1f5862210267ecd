import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { FeedbackCaseService } from './feedback-case.service';

/** handling.events.v1 → which reply may be rated: replied opens a round, reopened and closed end it. */
@Injectable()
export class HandlingEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly cases: FeedbackCaseService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'feedback-handling',
      topics: [Topics.handling],
      types: new Set(['case.replied', 'case.reopened', 'case.closed']),
      handler: (event) => this.handle(event),
    });
  }

  handle(event: DomainEvent): Promise<HandleOutcome> {
    switch (event.type) {
      case 'case.replied':
        return this.cases.onReplied(event);
      case 'case.reopened':
        return this.cases.onReopened(event);
      case 'case.closed':
        return this.cases.onClosed(event);
      default:
        return Promise.resolve('ignored');
    }
  }
}
