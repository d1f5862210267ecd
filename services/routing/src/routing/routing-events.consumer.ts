import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type CaseReturned, type EventEnvelope, type PetitionRegistered } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { ReturnPetitionService } from '../returns/return-petition.service';
import { RoutePetitionService } from './route-petition.service';

/** Routing listens to intake (new petitions) and to the case's later life (returns, replies, closure). */
@Injectable()
export class RoutingEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly routing: RoutePetitionService,
    private readonly returns: ReturnPetitionService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'routing',
      topics: [Topics.intake, Topics.handling, Topics.feedback],
      types: new Set(['petition.registered', 'petition.withdrawn', 'case.returned', 'case.replied', 'case.reopened', 'case.closed', 'petition.concluded']),
      handler: (event) => {
        if (event.type === 'petition.registered') return this.routing.onRegistered(event as EventEnvelope<'petition.registered', PetitionRegistered>);
        if (event.type === 'case.returned') return this.returns.onReturned(event as EventEnvelope<'case.returned', CaseReturned>);
        return this.routing.onCaseEvent(event);
      },
    });
  }
}
