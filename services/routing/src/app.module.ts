import { Module } from '@nestjs/common';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { RoutingConfig } from './config';
import { RoutingModule } from './routing/routing.module';

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
  ],
})
export class AppModule {}
