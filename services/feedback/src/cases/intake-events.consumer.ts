import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { FeedbackCaseService } from './feedback-case.service';

/** intake.events.v1 → the case number and the query-code verifier of each petition. */
@Injectable()
export class IntakeEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly cases: FeedbackCaseService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'feedback-intake',
      topics: [Topics.intake],
      types: new Set(['petition.registered']),
      handler: (event) => this.handle(event),
    });
  }

  handle(event: DomainEvent): Promise<HandleOutcome> {
    return event.type === 'petition.registered' ? this.cases.onRegistered(event) : Promise.resolve('ignored');
  }
}
