import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RoutePetitionService } from './route-petition.service';
import { RoutingEventsConsumer } from './routing-events.consumer';
import { ROUTING_PETITIONS, RoutingPetitionSchema } from './routing-petition.schema';
import { UnitsHttpController } from './units.http.controller';

@Module({
  imports: [MongooseModule.forFeature([{ name: ROUTING_PETITIONS, schema: RoutingPetitionSchema }])],
  controllers: [UnitsHttpController],
  providers: [RoutePetitionService, RoutingEventsConsumer],
})
export class RoutingModule {}
