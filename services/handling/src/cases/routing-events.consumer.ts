import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { CaseAssignmentService } from './case-assignment.service';

/** routing.events.v1 → cases: assignments, reassignments and leaders' instructions on assigned cases. */
@Injectable()
export class RoutingEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly assignments: CaseAssignmentService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'handling-routing',
      topics: [Topics.routing],
      types: new Set(['petition.assigned', 'petition.reassigned', 'petition.leader-instructed']),
      handler: (event) => this.handle(event),
    });
  }

  handle(event: DomainEvent): Promise<HandleOutcome> {
    switch (event.type) {
      case 'petition.assigned':
        return this.assignments.onAssigned(event);
      case 'petition.reassigned':
        return this.assignments.onReassigned(event);
      case 'petition.leader-instructed':
        return this.assignments.onLeaderInstructed(event);
      default:
        return Promise.resolve('ignored');
    }
  }
}
