import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { DuplicateLinksService } from '../duplicate-links/duplicate-links.service';
import { CaseAssignmentService } from './case-assignment.service';

/** routing.events.v1 → cases: assignments, reassignments, leaders' instructions on assigned cases, and duplicate links. */
@Injectable()
export class RoutingEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly assignments: CaseAssignmentService,
    private readonly duplicates: DuplicateLinksService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'handling-routing',
      topics: [Topics.routing],
      types: new Set(['petition.assigned', 'petition.reassigned', 'petition.leader-instructed', 'petition.duplicate-linked', 'petition.link-undone']),
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
      case 'petition.duplicate-linked':
      case 'petition.link-undone':
        return this.duplicates.handle(event);
      default:
        return Promise.resolve('ignored');
    }
  }
}
