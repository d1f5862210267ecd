import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
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
  imports: [MongooseModule.forFeature([{ name: CASES, schema: CaseSchema }])],
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
  exports: [CaseRepository, CaseCommands],
})
export class CasesModule {}
