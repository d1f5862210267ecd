import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MessagingService } from '@sunshine/messaging';
import { registerCaseRoundConsumer } from '../cases/case-round-events';
import { ReviewChainService } from './review-chain.service';

/** handling.events.v1 → review chains: a reply opens the window, a reopening suspends it, a satisfied closure ends it. */
@Injectable()
export class ReviewHandlingEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly chains: ReviewChainService,
  ) {}

  onModuleInit(): void {
    registerCaseRoundConsumer(this.messaging, 'feedback-reviews', this.chains);
  }
}
