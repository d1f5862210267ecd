import { Injectable } from '@nestjs/common';
import { hasRole, type Principal } from '@sunshine/auth';
import { AttachmentRepository, type AttachmentMetadata } from '../attachments/attachment.repository';
import { IdentitySealed, PetitionNotFound } from './disclosure.errors';
import { RevealContactService } from './reveal-contact.service';

export interface AttachmentList {
  sealed: boolean;
  items: { id: string; contentType: string; size: number }[];
}

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

  /**
   * What evidence a petition has, for those who may see the petition: content type and size only
   * (a file name may name the petitioner). A unit is told a confidential report's evidence is sealed.
   */
  async list(principal: Principal, petitionId: string): Promise<AttachmentList> {
    const petition = await this.disclosure.visiblePetition(principal, petitionId);
    if (sealedFrom(principal, petition)) return { sealed: true, items: [] };
    return { sealed: false, items: petition.attachments.map(({ id, contentType, size }) => ({ id, contentType, size })) };
  }

  async download(principal: Principal, petitionId: string, attachmentId: string): Promise<AttachmentDownload> {
    const petition = await this.disclosure.visiblePetition(principal, petitionId);
    if (sealedFrom(principal, petition)) throw new IdentitySealed();
    if (!petition.attachments.some((a) => a.id === attachmentId)) throw new PetitionNotFound();
    const file = await this.attachments.open(attachmentId);
    if (!file) throw new PetitionNotFound();
    return file;
  }
}

/** Units never get a confidential report's evidence (检举控告): it may identify the reporter. */
function sealedFrom(principal: Principal, petition: { confidential?: boolean; assignment?: { sealed?: boolean } | null }): boolean {
  return hasRole(principal, 'unit') && !hasRole(principal, 'leader', 'joint-office', 'supervisor', 'admin') && Boolean(petition.confidential || petition.assignment?.sealed);
}
