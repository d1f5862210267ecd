import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { RecordUnitEventService, UNIT_EVENT_TYPES } from './record-unit-event.service';

/** Appraisals and bulletins (supervision's own topic) into the ledgers of the units they name. */
@Injectable()
export class UnitEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly service: RecordUnitEventService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'supervision-units',
      topics: [Topics.supervision],
      types: UNIT_EVENT_TYPES,
      handler: (event) => this.service.record(event),
    });
  }
}
