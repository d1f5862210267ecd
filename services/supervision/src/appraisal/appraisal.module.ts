import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ReportHistoryModule } from '../report-history/report-history.module';
import { AppraisalCaseRepository } from './appraisal-case.repository';
import { APPRAISAL_CASES, AppraisalCaseSchema } from './appraisal-case.schema';
import { AppraisalEventsConsumer } from './appraisal-events.consumer';
import { AppraisalRules } from './appraisal-rules.provider';
import { AppraisalHttpController } from './appraisal.http.controller';
import { AppraisalService } from './appraisal.service';
import { RecordAppraisalFactService } from './record-appraisal-fact.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: APPRAISAL_CASES, schema: AppraisalCaseSchema }]), ReportHistoryModule],
  controllers: [AppraisalHttpController],
  providers: [AppraisalCaseRepository, AppraisalRules, RecordAppraisalFactService, AppraisalEventsConsumer, AppraisalService],
})
export class AppraisalModule {}
