import { Module } from '@nestjs/common';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { RoutingConfig } from './config';
import { DuplicateCandidatesModule } from './duplicate-candidates/duplicate-candidates.module';
import { InstructionsModule } from './instructions/instructions.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RegistrarModule } from './registrar/registrar.module';
import { RoutingModule } from './routing/routing.module';
import { RulesModule } from './rules/rules.module';

@Module({
  imports: [
    ServicePlatformModule.forRoot({
      service: 'routing',
      config: RoutingConfig,
      publishes: [Topics.routing],
      // Its own topic too: escalations become the leaders' notifications (notifications/).
      consumes: [Topics.intake, Topics.handling, Topics.feedback, Topics.routing],
      outboxCollections: ['routing_petitions'],
    }),
    RoutingModule,
    InstructionsModule,
    NotificationsModule,
    RegistrarModule,
    RulesModule,
    DuplicateCandidatesModule,
  ],
})
export class AppModule {}
