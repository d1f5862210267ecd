import { Module } from '@nestjs/common';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { IntakeConfig } from './config';

@Module({
  imports: [
    ServicePlatformModule.forRoot({
      service: 'intake',
      config: IntakeConfig,
      publishes: [Topics.intake],
      consumes: [Topics.intake, Topics.routing, Topics.handling, Topics.feedback, Topics.supervision],
      outboxCollections: ['petitions'],
    }),
  ],
})
export class AppModule {}
