import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { FeedbackCaseService } from './feedback-case.service';

/**
 * routing.events.v1 → which petitions are linked to an earlier case (判重: a repeat, or a joint
 * co-petitioner), so their petitioners can rate the original's reply; an undone link ends that.
 */
@Injectable()
export class RoutingEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly cases: FeedbackCaseService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'feedback-routing',
      topics: [Topics.routing],
      types: new Set(['petition.duplicate-linked', 'petition.link-undone']),
      handler: (event) => this.handle(event),
    });
  }

  handle(event: DomainEvent): Promise<HandleOutcome> {
    if (event.type === 'petition.duplicate-linked') return this.cases.onDuplicateLinked(event);
    if (event.type === 'petition.link-undone') return this.cases.onLinkUndone(event);
    return Promise.resolve('ignored');
  }
}
