import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { InstructPetitionService } from '../instructions/instruct-petition.service';
import { InstructionsHttpController } from '../instructions/instructions.http.controller';
import { RoutingIntelligence } from '../intelligence/routing-intelligence.provider';
import { ReturnPetitionService } from '../returns/return-petition.service';
import { RoutingRulesHttpController } from '../rules/routing-rules.http.controller';
import { RoutingRulesRepository } from '../rules/routing-rules.repository';
import { RoutePetitionService } from './route-petition.service';
import { RoutingEventsConsumer } from './routing-events.consumer';
import { ROUTING_PETITIONS, RoutingPetitionSchema } from './routing-petition.schema';
import { UnitsHttpController } from './units.http.controller';

@Module({
  imports: [MongooseModule.forFeature([{ name: ROUTING_PETITIONS, schema: RoutingPetitionSchema }])],
  controllers: [UnitsHttpController, InstructionsHttpController, RoutingRulesHttpController],
  providers: [RoutingIntelligence, RoutingRulesRepository, RoutePetitionService, InstructPetitionService, ReturnPetitionService, RoutingEventsConsumer],
})
export class RoutingModule {}
