import { Module } from '@nestjs/common';
import { RegistrationModule } from '../registration/registration.module';
import { LinkedProgressService } from './linked-progress.service';
import { ProgressEventsConsumer } from './progress-events.consumer';
import { ProgressHttpController } from './progress.http.controller';
import { ProgressService } from './progress.service';

@Module({
  imports: [RegistrationModule],
  controllers: [ProgressHttpController],
  providers: [ProgressService, ProgressEventsConsumer, LinkedProgressService],
})
export class ProgressModule {}
