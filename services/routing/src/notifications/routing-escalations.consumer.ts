import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type EventEnvelope, type PetitionEscalated } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { LeaderNotificationsService } from './leader-notifications.service';

/**
 * Routing reads its own escalations back (a group of its own, so the decisions' consumer is not
 * held up): an escalation is in the leaders' feeds once it is published, whatever happened to the
 * process between the decision's write and now.
 */
@Injectable()
export class RoutingEscalationsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly notifications: LeaderNotificationsService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'routing-leader-notifications',
      topics: [Topics.routing],
      types: new Set(['petition.escalated']),
      handler: (event) => this.notifications.onEscalated(event as EventEnvelope<'petition.escalated', PetitionEscalated>),
    });
  }
}
