import { Module } from '@nestjs/common';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { SupervisionConfig } from './config';
import { TimelineModule } from './timeline/timeline.module';
import { UnitSummaryModule } from './unit-summary/unit-summary.module';
import { WarningsModule } from './warnings/warnings.module';

@Module({
  imports: [
    ServicePlatformModule.forRoot({
      service: 'supervision',
      config: SupervisionConfig,
      publishes: [Topics.supervision],
      consumes: [Topics.intake, Topics.routing, Topics.handling, Topics.feedback, Topics.supervision],
      // Timelines will carry reminders and supervision orders (outbox) in the next issues.
      outboxCollections: ['timelines'],
    }),
    TimelineModule,
    UnitSummaryModule,
    WarningsModule,
  ],
})
export class AppModule {}
