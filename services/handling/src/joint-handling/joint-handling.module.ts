import { Module } from '@nestjs/common';
import { CaseWorkflowModule } from '../case-workflow/case-workflow.module';
import { JointHandlingHttpController } from './joint-handling.http.controller';
import { JointHandlingService } from './joint-handling.service';

/** Joint handling (MISSION 3.2): assisting opinions, convening by the joint office, coordination requests. */
@Module({
  imports: [CaseWorkflowModule],
  controllers: [JointHandlingHttpController],
  providers: [JointHandlingService],
})
export class JointHandlingModule {}
