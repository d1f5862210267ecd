import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { ReviewOutcomeService } from './review-outcome.service';

/** feedback.events.v1 → cases: a review decided "change" reopens the case, a withdrawal closes it. */
@Injectable()
export class FeedbackDecisionsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly reviews: ReviewOutcomeService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'handling-reviews',
      topics: [Topics.feedback],
      types: new Set(['feedback.review-decided', 'petition.withdrawn']),
      handler: (event) => this.handle(event),
    });
  }

  handle(event: DomainEvent): Promise<HandleOutcome> {
    if (event.type === 'feedback.review-decided') return this.reviews.onReviewDecided(event);
    if (event.type === 'petition.withdrawn') return this.reviews.onWithdrawn(event);
    return Promise.resolve('ignored');
  }
}
