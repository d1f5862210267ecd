import { Module } from '@nestjs/common';
import { RegistrationModule } from '../registration/registration.module';

/** The staffed and system channels: hotline, the two leaders' mailboxes, upper-level transfers. */
@Module({
  imports: [RegistrationModule],
  controllers: [],
  providers: [],
})
export class ChannelsModule {}
