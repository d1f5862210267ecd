import { Module } from '@nestjs/common';
import { RegistrationModule } from '../registration/registration.module';
import { ProgressEventsConsumer } from './progress-events.consumer';
import { ProgressHttpController } from './progress.http.controller';
import { ProgressService } from './progress.service';

@Module({
  imports: [RegistrationModule],
  controllers: [ProgressHttpController],
  providers: [ProgressService, ProgressEventsConsumer],
})
export class ProgressModule {}
