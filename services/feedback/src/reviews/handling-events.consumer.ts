import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { ReviewChainService } from './review-chain.service';

/** handling.events.v1 → review chains: a reply opens the window, a reopening suspends it, a satisfied closure ends it. */
@Injectable()
export class ReviewHandlingEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly chains: ReviewChainService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'feedback-reviews',
      topics: [Topics.handling],
      types: new Set(['case.replied', 'case.reopened', 'case.closed']),
      handler: (event) => this.handle(event),
    });
  }

  handle(event: DomainEvent): Promise<HandleOutcome> {
    switch (event.type) {
      case 'case.replied':
        return this.chains.onReplied(event);
      case 'case.reopened':
        return this.chains.onReopened(event);
      case 'case.closed':
        return this.chains.onClosed(event);
      default:
        return Promise.resolve('ignored');
    }
  }
}
