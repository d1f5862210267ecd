import { Injectable } from '@nestjs/common';
import { InjectConnection, InjectModel } from '@nestjs/mongoose';
import type { Connection, Model } from 'mongoose';
import { applyOnce } from '@sunshine/messaging';
import { safeCollection, type SafeCollection } from '@sunshine/platform';
import { PETITIONS, type PetitionRecord, type ProgressStep } from '../registration/petition.schema';
import { linkedReplyStep } from './progress';

/** Per original petition (`_id`), the petitions routing linked to it (判重). */
interface ProgressLinks {
  _id: string;
  linked: string[];
}

export const PROGRESS_LINKS = 'progress_links';

/**
 * A linked petition's petitioner (a repeat, or a joint co-petitioner) sees the original case's
 * replies on their own progress page as they happen (MISSION 1.3: 主动了解处理结果). Each copy is
 * applied at most once per linked petition (its inbox, keyed `linked:<reply event id>`), so a
 * redelivered reply or link copies nothing twice.
 *
 * A link and a reply of the original may be handled at the same moment: the link is written
 * before the original's replies are read, and a reply is stored before the links are read, so
 * at least one side sees the other; the inbox absorbs the case where both do.
 */
@Injectable()
export class LinkedProgressService {
  private readonly links: SafeCollection<ProgressLinks>;
  private readonly petitions: SafeCollection<PetitionRecord>;

  constructor(@InjectConnection() connection: Connection, @InjectModel(PETITIONS) petitions: Model<PetitionRecord>) {
    this.links = safeCollection<ProgressLinks>(connection, PROGRESS_LINKS);
    this.petitions = safeCollection<PetitionRecord>(petitions);
  }

  /** `petition.duplicate-linked` on `linkedId`: remember it under the original, copy the replies so far. */
  async onLinked(linkedId: string, originalId: string, linkedAt: Date): Promise<void> {
    if (linkedId === originalId) return;
    await this.links.updateOne({ _id: originalId }, { $addToSet: { linked: linkedId } }, { upsert: true });
    const original = await this.petitions.findOne({ _id: originalId }, { projection: { caseNumber: 1, progress: 1 } });
    for (const step of original?.progress?.steps ?? []) {
      if (step.code === 'case.replied') await this.copy(linkedId, original!.caseNumber, step, linkedAt);
    }
  }

  /** `petition.link-undone`: no more copies; the petition is a case of its own again. */
  async onLinkUndone(linkedId: string, originalId: string): Promise<void> {
    await this.links.updateOne({ _id: originalId }, { $pullAll: { linked: [linkedId] } });
  }

  /** A reply of `originalId` (already stored on it) to every petition linked to it. */
  async onOriginalReplied(originalId: string, originalCaseNumber: string, reply: ProgressStep): Promise<void> {
    const links = await this.links.findOne({ _id: originalId });
    for (const linkedId of links?.linked ?? []) await this.copy(linkedId, originalCaseNumber, reply);
  }

  private async copy(linkedId: string, originalCaseNumber: string, reply: ProgressStep, linkedAt?: Date): Promise<void> {
    await applyOnce(this.petitions, { _id: linkedId } as never, `linked:${reply.eventId}`, {
      $push: { 'progress.steps': linkedReplyStep(reply, originalCaseNumber, linkedAt) },
    } as never);
  }
}
