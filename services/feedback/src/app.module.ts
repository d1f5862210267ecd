import { Module } from '@nestjs/common';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { FeedbackConfig } from './config';

@Module({
  imports: [
    ServicePlatformModule.forRoot({
      service: 'feedback',
      config: FeedbackConfig,
      publishes: [Topics.feedback],
      consumes: [Topics.intake, Topics.handling],
      outboxCollections: ['feedback_cases'],
    }),
  ],
})
export class AppModule {}
