import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { NotificationsService } from './notifications.service';

/** supervision.events.v1 → the units' notification feed: reminders and orders. */
@Injectable()
export class NotificationEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'supervision-notifications',
      topics: [Topics.supervision],
      types: new Set(['supervision.reminded', 'supervision.order-issued']),
      handler: (event) => this.handle(event),
    });
  }

  handle(event: DomainEvent): Promise<HandleOutcome> {
    if (event.type === 'supervision.reminded') return this.notifications.onReminded(event);
    if (event.type === 'supervision.order-issued') return this.notifications.onOrderIssued(event);
    return Promise.resolve('ignored');
  }
}
