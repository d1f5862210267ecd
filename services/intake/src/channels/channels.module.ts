import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { RegistrationModule } from '../registration/registration.module';
import { ChannelRecordsRepository } from './channel-records.repository';
import { RegisterHotlineCallHttpController } from './register-hotline-call.http.controller';
import { RegisterHotlineCallService } from './register-hotline-call.service';
import { RegisterMailboxMessageHttpController } from './register-mailbox-message.http.controller';
import { RegisterMailboxMessageService } from './register-mailbox-message.service';
import { RegisterUpperLevelItemHttpController } from './register-upper-level-item.http.controller';
import { RegisterUpperLevelItemService } from './register-upper-level-item.service';

/** The staffed and system channels: hotline, the two leaders' mailboxes, upper-level transfers. */
@Module({
  imports: [RegistrationModule, AttachmentsModule],
  controllers: [RegisterHotlineCallHttpController, RegisterMailboxMessageHttpController, RegisterUpperLevelItemHttpController],
  providers: [RegisterHotlineCallService, RegisterMailboxMessageService, RegisterUpperLevelItemService, ChannelRecordsRepository],
})
export class ChannelsModule {}
