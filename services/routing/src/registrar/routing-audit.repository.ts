import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { safeCollection, type SafeCollection } from '@sunshine/platform';

/** A registrar's correction of routing (who, when, why), kept for audit. */
export interface RoutingAuditEntry {
  /** The id of the event the correction published. */
  _id: string;
  action: 'undo-link';
  petitionId: string;
  caseNumber: string;
  originalPetitionId: string;
  by: string;
  roles: string[];
  reason: string;
  at: Date;
}

/** `routing_audit`: one row per registrar correction, written once per event id. */
@Injectable()
export class RoutingAuditRepository {
  private readonly entries: SafeCollection<RoutingAuditEntry>;

  constructor(@InjectConnection() connection: Connection) {
    this.entries = safeCollection<RoutingAuditEntry>(connection, 'routing_audit');
  }

  async record(entry: RoutingAuditEntry): Promise<void> {
    const { _id, ...fields } = entry;
    await this.entries.updateOne({ _id }, { $setOnInsert: fields }, { upsert: true });
  }
}
