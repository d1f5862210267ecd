import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { visitDueBy } from './visit-schedule';
import { VisitScheduleRepository } from './visit-schedule.repository';

/** handling.events.v1 → every reply makes a return visit fall due (FEEDBACK_VISIT_WORKING_DAYS working days later). */
@Injectable()
export class VisitDueConsumer implements OnModuleInit {
  private readonly workingDays: number;

  constructor(
    private readonly messaging: MessagingService,
    private readonly schedule: VisitScheduleRepository,
    config: ConfigService,
  ) {
    this.workingDays = config.getOrThrow<number>('FEEDBACK_VISIT_WORKING_DAYS');
  }

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'feedback-visits',
      topics: [Topics.handling],
      types: new Set(['case.replied']),
      handler: (event) => this.handle(event),
    });
  }

  handle(event: DomainEvent): Promise<HandleOutcome> {
    if (event.type !== 'case.replied' || !event.petitionId) return Promise.resolve('ignored');
    const { caseNumber, unitId, round, repliedAt } = event.payload;
    const at = new Date(repliedAt);
    return this.schedule.replied(event.petitionId, event.id, { caseNumber, unitId, round, repliedAt: at, dueBy: visitDueBy(at, this.workingDays) });
  }
}
