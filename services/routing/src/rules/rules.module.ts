import { Module } from '@nestjs/common';
import { RoutingSharedModule } from '../routing/routing-shared.module';
import { RoutingRulesHttpController } from './routing-rules.http.controller';
import { RoutingRulesRepository } from './routing-rules.repository';
import { RoutingRulesService } from './routing-rules.service';

/** The district's versioned routing rules: read and published by administrators, consulted by every decision. */
@Module({
  imports: [RoutingSharedModule],
  controllers: [RoutingRulesHttpController],
  providers: [RoutingRulesRepository, RoutingRulesService],
  exports: [RoutingRulesRepository],
})
export class RulesModule {}
