import { Module } from '@nestjs/common';
import { CaseWorkflowModule } from '../case-workflow/case-workflow.module';
import { ExtensionRequestsHttpController } from './extension-requests.http.controller';
import { ExtensionService } from './extension.service';

/** 延期 by approval: a unit's request, a leader's decision (信访工作条例 art. 32). */
@Module({
  imports: [CaseWorkflowModule],
  controllers: [ExtensionRequestsHttpController],
  providers: [ExtensionService],
})
export class ExtensionModule {}
