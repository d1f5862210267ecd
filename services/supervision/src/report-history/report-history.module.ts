import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ReportHistoryHttpController } from './report-history.http.controller';
import { ReportHistoryRepository } from './report-history.repository';
import { REPORT_HISTORY, ReportHistorySchema } from './report-history.schema';
import { ReportHistoryService } from './report-history.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: REPORT_HISTORY, schema: ReportHistorySchema }])],
  controllers: [ReportHistoryHttpController],
  providers: [ReportHistoryRepository, ReportHistoryService],
  exports: [ReportHistoryService],
})
export class ReportHistoryModule {}
