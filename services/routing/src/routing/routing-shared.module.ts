import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RoutingIntelligence } from '../intelligence/routing-intelligence.provider';
import { LeadersModule } from '../leaders/leaders.module';
import { ROUTING_PETITIONS, RoutingPetitionSchema } from './routing-petition.schema';
import { RoutingPetitionRepository } from './routing-petition.repository';
import { RoutingPolicy } from './routing-policy.provider';
import { UnitCatalogueProvider } from './unit-catalogue.provider';

/**
 * What every routing capability works on: the routing records (one repository), the unit
 * and leader catalogues, routing's policies and its models (classifier, duplicate index).
 */
@Module({
  imports: [MongooseModule.forFeature([{ name: ROUTING_PETITIONS, schema: RoutingPetitionSchema }]), LeadersModule],
  providers: [RoutingPetitionRepository, UnitCatalogueProvider, RoutingPolicy, RoutingIntelligence],
  exports: [RoutingPetitionRepository, UnitCatalogueProvider, RoutingPolicy, RoutingIntelligence, LeadersModule],
})
export class RoutingSharedModule {}
