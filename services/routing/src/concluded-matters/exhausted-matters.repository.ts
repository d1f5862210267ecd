import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { applyOnce, type ApplyResult } from '@sunshine/messaging';
import { safeCollection, type SafeCollection } from '@sunshine/platform';
import type { ExhaustedCase, ExhaustedMatter } from './not-accepted-again';

export const EXHAUSTED_MATTERS = 'routing_exhausted_matters';

/**
 * `routing_exhausted_matters`: one document per matter group (keyed by the group's id, so a
 * registration's lookup is one `_id` read) listing the cases of the matter whose review chain is
 * exhausted. Each `petition.concluded` is applied at most once (the document's inbox).
 */
@Injectable()
export class ExhaustedMattersRepository {
  private readonly matters: SafeCollection<ExhaustedMatter>;

  constructor(@InjectConnection() connection: Connection) {
    this.matters = safeCollection<ExhaustedMatter>(connection, EXHAUSTED_MATTERS);
  }

  find(groupId: string): Promise<ExhaustedMatter | null> {
    return this.matters.findOne({ _id: groupId }, { projection: { processedEvents: 0 } }) as Promise<ExhaustedMatter | null>;
  }

  record(groupId: string, eventId: string, exhausted: ExhaustedCase): Promise<ApplyResult> {
    return applyOnce(this.matters, { _id: groupId }, eventId, { $push: { cases: exhausted } } as never, { upsert: true });
  }
}
