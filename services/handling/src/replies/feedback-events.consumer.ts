import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { RatingOutcomeService } from './rating-outcome.service';

/** feedback.events.v1 → cases: the petitioner's rating reopens or closes the case. */
@Injectable()
export class FeedbackEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly ratings: RatingOutcomeService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'handling-feedback',
      topics: [Topics.feedback],
      types: new Set(['feedback.rated']),
      handler: (event) => this.handle(event),
    });
  }

  handle(event: DomainEvent): Promise<HandleOutcome> {
    return event.type === 'feedback.rated' ? this.ratings.onRated(event) : Promise.resolve('ignored');
  }
}
