import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { FeedbackCasesModule } from '../cases/feedback-cases.module';
import { ReturnVisitsHttpController } from './return-visits.http.controller';
import { ReturnVisitsService } from './return-visits.service';
import { VisitRepository } from './visit.repository';
import { VISITS, VisitSchema } from './visit.schema';

/** 回访台账: return visits after the reply. */
@Module({
  imports: [FeedbackCasesModule, MongooseModule.forFeature([{ name: VISITS, schema: VisitSchema }])],
  controllers: [ReturnVisitsHttpController],
  providers: [ReturnVisitsService, VisitRepository],
})
export class VisitsModule {}
