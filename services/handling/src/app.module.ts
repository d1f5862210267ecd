import { Module } from '@nestjs/common';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { HandlingConfig } from './config';

@Module({
  imports: [
    ServicePlatformModule.forRoot({
      service: 'handling',
      config: HandlingConfig,
      publishes: [Topics.handling],
      consumes: [Topics.routing, Topics.feedback, Topics.supervision],
      outboxCollections: ['cases'],
    }),
  ],
})
export class AppModule {}
