import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { FeedbackCasesModule } from '../cases/feedback-cases.module';
import { RatingsModule } from '../ratings/ratings.module';
import { VisitDueConsumer } from './handling-events.consumer';
import { ReturnVisitsHttpController } from './return-visits.http.controller';
import { ReturnVisitsService } from './return-visits.service';
import { VisitScheduleRepository } from './visit-schedule.repository';
import { VISIT_SCHEDULE, VisitScheduleSchema } from './visit-schedule.schema';
import { VisitRepository } from './visit.repository';
import { VISITS, VisitSchema } from './visit.schema';

/** 回访台账: return visits after every reply, when they fall due, ratings recorded in them, the XLSX export. */
@Module({
  imports: [
    FeedbackCasesModule,
    RatingsModule,
    MongooseModule.forFeature([
      { name: VISITS, schema: VisitSchema },
      { name: VISIT_SCHEDULE, schema: VisitScheduleSchema },
    ]),
  ],
  controllers: [ReturnVisitsHttpController],
  providers: [ReturnVisitsService, VisitRepository, VisitScheduleRepository, VisitDueConsumer],
})
export class VisitsModule {}
