import { Module } from '@nestjs/common';
import { RoutingSharedModule } from '../routing/routing-shared.module';
import { RulesModule } from '../rules/rules.module';
import { ReturnPetitionService } from './return-petition.service';

/** Items a unit returned as not its own (退回), reassigned; the routing events consumer calls it. */
@Module({
  imports: [RoutingSharedModule, RulesModule],
  providers: [ReturnPetitionService],
  exports: [ReturnPetitionService],
})
export class ReturnsModule {}
