import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { SupervisionOrdersService } from './supervision-orders.service';

/** supervision.events.v1 → cases: supervision orders (督办) are recorded on the case. */
@Injectable()
export class SupervisionEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly orders: SupervisionOrdersService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'handling-supervision',
      topics: [Topics.supervision],
      types: new Set(['supervision.order-issued']),
      handler: (event) => this.handle(event),
    });
  }

  handle(event: DomainEvent): Promise<HandleOutcome> {
    return event.type === 'supervision.order-issued' ? this.orders.onOrderIssued(event) : Promise.resolve('ignored');
  }
}
