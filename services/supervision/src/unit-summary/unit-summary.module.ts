import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RulesModule } from '../rules/rules.module';
import { RecordUnitEventService } from './record-unit-event.service';
import { UnitEventsConsumer } from './unit-events.consumer';
import { UNIT_LEDGERS, UnitLedgerSchema } from './unit-ledger.schema';
import { UnitLedgerRepository } from './unit-ledger.repository';
import { UnitSummaryHttpController } from './unit-summary.http.controller';
import { UnitSummaryService } from './unit-summary.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: UNIT_LEDGERS, schema: UnitLedgerSchema }]), RulesModule],
  controllers: [UnitSummaryHttpController],
  providers: [UnitLedgerRepository, UnitSummaryService, RecordUnitEventService, UnitEventsConsumer],
  exports: [UnitLedgerRepository],
})
export class UnitSummaryModule {}
