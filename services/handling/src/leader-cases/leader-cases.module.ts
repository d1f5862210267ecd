import { Module } from '@nestjs/common';
import { CaseWorkflowModule } from '../case-workflow/case-workflow.module';
import { LeaderCasesHttpController } from './leader-cases.http.controller';
import { LeaderCasesService } from './leader-cases.service';

/** 领导包案: a leader's own cases. (Sending back, 发回重办, is in replies/ and uses `leader-review.ts`.) */
@Module({
  imports: [CaseWorkflowModule],
  controllers: [LeaderCasesHttpController],
  providers: [LeaderCasesService],
})
export class LeaderCasesModule {}
