import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CaseLightsModule } from '../reminders/case-lights.module';
import { RulesModule } from '../rules/rules.module';
import { UnitSummaryModule } from '../unit-summary/unit-summary.module';
import { RecordEventService } from './record-event.service';
import { TimelineEventsConsumer } from './timeline-events.consumer';
import { TIMELINES, TimelineSchema } from './timeline.schema';
import { TimelineRepository } from './timeline.repository';
import { ViewTimelineHttpController } from './view-timeline.http.controller';
import { ViewTimelineService } from './view-timeline.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: TIMELINES, schema: TimelineSchema }]), RulesModule, UnitSummaryModule, CaseLightsModule],
  controllers: [ViewTimelineHttpController],
  providers: [TimelineRepository, RecordEventService, ViewTimelineService, TimelineEventsConsumer],
  exports: [TimelineRepository],
})
export class TimelineModule {}
