import { Module } from '@nestjs/common';
import { RoutingSharedModule } from '../routing/routing-shared.module';
import { RulesModule } from '../rules/rules.module';
import { RegistrarHttpController } from './registrar.http.controller';
import { RegistrarService } from './registrar.service';
import { RoutingAuditRepository } from './routing-audit.repository';

/** The registrar's tools on routing: find by case number, undo a wrong duplicate link (audited in `routing_audit`). */
@Module({
  imports: [RoutingSharedModule, RulesModule],
  controllers: [RegistrarHttpController],
  providers: [RegistrarService, RoutingAuditRepository],
})
export class RegistrarModule {}
