import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AllTopics } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { BULLETIN_EVENT_TYPES } from './bulletin-row';
import { BulletinsService } from './bulletins.service';

/** The events the bulletins and hot topics count, from every topic, into the per-petition rows. */
@Injectable()
export class BulletinEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly service: BulletinsService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'supervision-bulletins',
      topics: AllTopics,
      types: BULLETIN_EVENT_TYPES,
      handler: (event) => this.service.record(event),
    });
  }
}
