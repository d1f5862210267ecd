import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CaseWorkflowModule } from '../case-workflow/case-workflow.module';
import { DuplicateLinksModule } from '../duplicate-links/duplicate-links.module';
import { CaseAssignmentService } from './case-assignment.service';
import { CaseCommands } from './case-commands.service';
import { CaseRepository } from './case.repository';
import { CASES, CaseSchema } from './case.schema';
import { RoutingEventsConsumer } from './routing-events.consumer';
import { SupervisionEventsConsumer } from './supervision-events.consumer';
import { SupervisionOrdersService } from './supervision-orders.service';
import { ViewCasesHttpController } from './view-cases.http.controller';
import { ViewCasesService } from './view-cases.service';

/** The case file: created by routing's assignments, read by the units, noted by supervision. */
@Module({
  imports: [MongooseModule.forFeature([{ name: CASES, schema: CaseSchema }]), CaseWorkflowModule, DuplicateLinksModule],
  controllers: [ViewCasesHttpController],
  providers: [
    CaseRepository,
    CaseCommands,
    CaseAssignmentService,
    SupervisionOrdersService,
    ViewCasesService,
    RoutingEventsConsumer,
    SupervisionEventsConsumer,
  ],
  exports: [CaseRepository, CaseCommands, CaseWorkflowModule],
})
export class CasesModule {}
