import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { APPRAISAL_EVENT_TYPES } from './appraisal-row';
import { RecordAppraisalFactService } from './record-appraisal-fact.service';

/** The events the appraisal measures, from every producer but intake, into the per-case rows. */
@Injectable()
export class AppraisalEventsConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingService,
    private readonly service: RecordAppraisalFactService,
  ) {}

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'supervision-appraisal',
      topics: [Topics.routing, Topics.handling, Topics.feedback, Topics.supervision],
      types: APPRAISAL_EVENT_TYPES,
      handler: (event) => this.service.record(event),
    });
  }
}
