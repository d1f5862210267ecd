import { Module } from '@nestjs/common';
import { ConcludedMattersModule } from '../concluded-matters/concluded-matters.module';
import { ReturnsModule } from '../returns/returns.module';
import { RulesModule } from '../rules/rules.module';
import { RoutePetitionService } from './route-petition.service';
import { RoutingEventsConsumer } from './routing-events.consumer';
import { RoutingSharedModule } from './routing-shared.module';
import { UnitsHttpController } from './units.http.controller';

/** The decision on each registered petition, the case events that follow it, and the unit catalogue's endpoint. */
@Module({
  imports: [RoutingSharedModule, RulesModule, ReturnsModule, ConcludedMattersModule],
  controllers: [UnitsHttpController],
  providers: [RoutePetitionService, RoutingEventsConsumer],
})
export class RoutingModule {}
