import { Module } from '@nestjs/common';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { RoutingConfig } from './config';
import { InstructionsModule } from './instructions/instructions.module';
import { RoutingModule } from './routing/routing.module';
import { RulesModule } from './rules/rules.module';

@Module({
  imports: [
    ServicePlatformModule.forRoot({
      service: 'routing',
      config: RoutingConfig,
      publishes: [Topics.routing],
      consumes: [Topics.intake, Topics.handling, Topics.feedback],
      outboxCollections: ['routing_petitions'],
    }),
    RoutingModule,
    InstructionsModule,
    RulesModule,
  ],
})
export class AppModule {}
