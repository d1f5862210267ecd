import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { OrderEventsService } from './order-events.service';

/** handling.events.v1 → supervision orders: answers, and automatic orders at the re-handling limit. */
@Injectable()
export class HandlingOrderEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly service: OrderEventsService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'supervision-orders',
      topics: [Topics.handling],
      types: new Set(['case.order-answered', 'case.rehandling-limit-reached']),
      handler: (event) => this.handle(event),
    });
  }

  handle(event: DomainEvent): Promise<HandleOutcome> {
    if (event.type === 'case.order-answered') return this.service.onAnswered(event);
    if (event.type === 'case.rehandling-limit-reached') return this.service.onRehandlingLimit(event);
    return Promise.resolve('ignored');
  }
}
