import { Injectable } from '@nestjs/common';
import { hasRole, type Principal } from '@sunshine/auth';
import { AttachmentRepository, type AttachmentMetadata } from '../attachments/attachment.repository';
import { IdentitySealed, PetitionNotFound } from './disclosure.errors';
import { RevealContactService } from './reveal-contact.service';

export interface AttachmentDownload {
  metadata: AttachmentMetadata;
  length: number;
  stream: NodeJS.ReadableStream;
}

/**
 * A petition's attachment (the evidence the petitioner sent), for those who may see the
 * petition. Units never get a confidential report's evidence: it may identify the reporter.
 */
@Injectable()
export class DownloadAttachmentService {
  constructor(
    private readonly disclosure: RevealContactService,
    private readonly attachments: AttachmentRepository,
  ) {}

  async download(principal: Principal, petitionId: string, attachmentId: string): Promise<AttachmentDownload> {
    const petition = await this.disclosure.visiblePetition(principal, petitionId);
    if (hasRole(principal, 'unit') && !hasRole(principal, 'leader', 'joint-office', 'supervisor', 'admin') && (petition.confidential || petition.assignment?.sealed)) {
      throw new IdentitySealed();
    }
    if (!petition.attachments.some((a) => a.id === attachmentId)) throw new PetitionNotFound();
    const file = await this.attachments.open(attachmentId);
    if (!file) throw new PetitionNotFound();
    return file;
  }
}
