import { Module } from '@nestjs/common';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { SupervisionConfig } from './config';

@Module({
  imports: [
    ServicePlatformModule.forRoot({
      service: 'supervision',
      config: SupervisionConfig,
      publishes: [Topics.supervision],
      consumes: [Topics.intake, Topics.routing, Topics.handling, Topics.feedback, Topics.supervision],
      outboxCollections: ['timelines'],
    }),
  ],
})
export class AppModule {}
