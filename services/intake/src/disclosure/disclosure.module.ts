import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { RegistrationModule } from '../registration/registration.module';
import { RevealAuditRepository } from './reveal-audit.repository';
import { RevealContactHttpController } from './reveal-contact.http.controller';
import { RevealContactService } from './reveal-contact.service';

/** Who may see what of a petitioner: the audited contact reveal and attachment downloads. */
@Module({
  imports: [RegistrationModule, AttachmentsModule],
  controllers: [RevealContactHttpController],
  providers: [RevealContactService, RevealAuditRepository],
})
export class DisclosureModule {}
