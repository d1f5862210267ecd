import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { RegistrationModule } from '../registration/registration.module';
import { DisclosureAuditService } from './disclosure-audit.service';
import { DownloadAttachmentService } from './download-attachment.service';
import { RevealAuditRepository } from './reveal-audit.repository';
import { RevealContactHttpController } from './reveal-contact.http.controller';
import { RevealContactService } from './reveal-contact.service';

/** Who may see what of a petitioner: the audited contact reveal and attachment downloads. */
@Module({
  imports: [RegistrationModule, AttachmentsModule],
  controllers: [RevealContactHttpController],
  providers: [RevealContactService, DownloadAttachmentService, DisclosureAuditService, RevealAuditRepository],
})
export class DisclosureModule {}
