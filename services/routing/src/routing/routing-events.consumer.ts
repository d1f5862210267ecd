import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type EventEnvelope, type PetitionRegistered } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { RoutePetitionService } from './route-petition.service';

/** Routing listens to intake (new petitions) and to the case's later life (replies, closure). */
@Injectable()
export class RoutingEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly routing: RoutePetitionService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'routing',
      topics: [Topics.intake, Topics.handling, Topics.feedback],
      types: new Set(['petition.registered', 'petition.withdrawn', 'case.replied', 'case.reopened', 'case.closed', 'petition.concluded']),
      handler: (event) =>
        event.type === 'petition.registered'
          ? this.routing.onRegistered(event as EventEnvelope<'petition.registered', PetitionRegistered>)
          : this.routing.onCaseEvent(event),
    });
  }
}
