import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AllTopics } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { RecordEventService } from './record-event.service';
import { PETITION_EVENT_TYPES } from './timeline-entry';

/** Every event about a petition, from every topic, into its timeline. */
@Injectable()
export class TimelineEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly service: RecordEventService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'supervision-timeline',
      topics: AllTopics,
      types: PETITION_EVENT_TYPES,
      handler: (event) => this.service.record(event),
    });
  }
}
