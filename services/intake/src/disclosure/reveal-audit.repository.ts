import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { safeCollection, type SafeCollection } from '@sunshine/platform';
import { entryHash, GENESIS, type AuditEntry } from './audit-chain';

interface ChainHead {
  _id: 'head';
  seq: number;
  hash: string;
}

type StoredEntry = AuditEntry & { _id: number };

/**
 * The disclosure audit log (who saw whose contact details, when, for which case, why): an
 * append-only, hash-chained collection. The chain head moves by compare-and-set, so entries
 * written concurrently still form one unbroken chain.
 */
@Injectable()
export class RevealAuditRepository {
  private readonly entries: SafeCollection<StoredEntry>;
  private readonly head: SafeCollection<ChainHead>;

  constructor(@InjectConnection() connection: Connection) {
    this.entries = safeCollection<StoredEntry>(connection, 'disclosure_audit');
    this.head = safeCollection<ChainHead>(connection, 'disclosure_audit_head');
  }

  async append(entry: Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>): Promise<AuditEntry> {
    for (;;) {
      const head = (await this.head.findOne({ _id: 'head' })) ?? { _id: 'head' as const, seq: 0, hash: GENESIS };
      // A writer that crashed (or is slower) between its entry and the head: catch the head up.
      const ahead = await this.entries.findOne({ _id: head.seq + 1 });
      if (ahead) {
        await this.moveHead(head, ahead);
        continue;
      }
      const base = { ...entry, seq: head.seq + 1, prevHash: head.hash };
      const full: AuditEntry = { ...base, hash: entryHash(base) };
      try {
        // The sequence number is the entry's _id: two writers cannot both take it.
        await this.entries.insertOne({ _id: full.seq, ...full });
      } catch (error) {
        if ((error as { code?: number }).code === 11000) continue;
        throw error;
      }
      await this.moveHead(head, full);
      return full;
    }
  }

  private async moveHead(from: ChainHead, to: AuditEntry): Promise<void> {
    await this.head
      .updateOne({ _id: 'head', seq: from.seq } as never, { $set: { seq: to.seq, hash: to.hash } }, { upsert: from.seq === 0 })
      .catch((error: { code?: number }) => {
        if (error.code !== 11000) throw error; // another writer moved it first
      });
  }

  async list(petitionId?: string): Promise<AuditEntry[]> {
    const all = await this.entries.find({}, { projection: { _id: 0 } }).sort({ _id: 1 }).toArray();
    return petitionId ? all.filter((e) => e.petitionId === petitionId) : all;
  }
}
