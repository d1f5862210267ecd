import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type CaseReturned, type EventEnvelope, type PetitionConcluded, type PetitionRegistered } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { ConcludedMattersService } from '../concluded-matters/concluded-matters.service';
import { ReturnPetitionService } from '../returns/return-petition.service';
import { RoutePetitionService } from './route-petition.service';

/** Routing listens to intake (new petitions) and to the case's later life (returns, replies, closure, conclusion). */
@Injectable()
export class RoutingEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly routing: RoutePetitionService,
    private readonly returns: ReturnPetitionService,
    private readonly concluded: ConcludedMattersService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'routing',
      topics: [Topics.intake, Topics.handling, Topics.feedback],
      types: new Set(['petition.registered', 'petition.withdrawn', 'case.returned', 'case.replied', 'case.reopened', 'case.closed', 'petition.concluded']),
      handler: (event) => {
        if (event.type === 'petition.registered') return this.routing.onRegistered(event as EventEnvelope<'petition.registered', PetitionRegistered>);
        if (event.type === 'case.returned') return this.returns.onReturned(event as EventEnvelope<'case.returned', CaseReturned>);
        if (event.type === 'petition.concluded') return this.onConcluded(event as EventEnvelope<'petition.concluded', PetitionConcluded>);
        return this.routing.onCaseEvent(event);
      },
    });
  }

  /** The matter is remembered as exhausted (each write at most once), then the case is marked concluded. */
  private async onConcluded(event: EventEnvelope<'petition.concluded', PetitionConcluded>) {
    await this.concluded.onConcluded(event);
    return this.routing.onCaseEvent(event);
  }
}
