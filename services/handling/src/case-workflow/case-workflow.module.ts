import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CASES, CaseSchema } from '../cases/case.schema';
import { CaseWorkflowCommands } from './case-workflow-commands.service';
import { CaseWorkflowRepository } from './case-workflow.repository';

/** The runner and repository the workflow capabilities (extension, joint handling, leader cases) share. */
@Module({
  imports: [MongooseModule.forFeature([{ name: CASES, schema: CaseSchema }])],
  providers: [CaseWorkflowRepository, CaseWorkflowCommands],
  exports: [CaseWorkflowRepository, CaseWorkflowCommands],
})
export class CaseWorkflowModule {}
