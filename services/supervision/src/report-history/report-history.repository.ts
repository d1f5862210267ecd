import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter } from 'mongodb';
import type { Model } from 'mongoose';
import type { DomainEvent } from '@sunshine/contracts';
import { isDuplicateKeyError, outboxFields } from '@sunshine/messaging';
import { safeCollection, type SafeCollection } from '@sunshine/platform';
import { nextEntry, type ChainEntry } from './report-chain';
import { REPORT_HISTORY, type ReportHistoryRecord } from './report-history.schema';

const ENTRY_FIELDS = { seq: 1, kind: 1, subject: 1, createdAt: 1, report: 1, reportSha256: 1, prevHash: 1, entryHash: 1, hmac: 1 } as const;

export type AppendOutcome = { appended: ChainEntry } | { existing: ChainEntry };

/** The report history: appended at its end only, read whole for verification. */
@Injectable()
export class ReportHistoryRepository {
  private readonly collection: SafeCollection<ReportHistoryRecord>;

  constructor(@InjectModel(REPORT_HISTORY) history: Model<ReportHistoryRecord>) {
    this.collection = safeCollection<ReportHistoryRecord>(history);
  }

  /**
   * Append a report unless its subject is already in the history. The new entry takes the place
   * after the last one (`_id` = seq): when two appends race, one insert fails on the `_id`, re-reads
   * the end of the chain (and the subjects, so the same report is never kept twice) and tries again.
   */
  async append(
    item: { kind: string; subject: string; createdAt: string; report: string },
    key: string,
    eventsFor: (entry: ChainEntry) => DomainEvent[],
  ): Promise<AppendOutcome> {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const existing = await this.collection.findOne({ subject: item.subject } as Filter<ReportHistoryRecord>, { projection: ENTRY_FIELDS });
      if (existing) return { existing: strip(existing) };
      const [last] = await this.collection.find({}, { projection: { seq: 1, entryHash: 1 } }).sort({ _id: -1 }).limit(1).toArray();
      const entry = nextEntry(last, item, key);
      try {
        await this.collection.insertOne({ _id: entry.seq, ...entry, ...outboxFields(eventsFor(entry)) } as ReportHistoryRecord);
        return { appended: entry };
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    throw new Error(`could not append ${item.subject} to the report history`);
  }

  /** Every entry in chain order, with its report (a listing: the history holds a few entries a period). */
  async entries(withReports = true): Promise<ChainEntry[]> {
    const { report: _report, ...withoutReport } = ENTRY_FIELDS;
    const found = await this.collection
      .find({}, { projection: withReports ? ENTRY_FIELDS : withoutReport })
      .sort({ _id: 1 })
      .toArray();
    return found.map(strip);
  }
}

function strip(record: Partial<ReportHistoryRecord>): ChainEntry {
  const { seq, kind, subject, createdAt, report, reportSha256, prevHash, entryHash, hmac } = record as ReportHistoryRecord;
  return { seq, kind, subject, createdAt, report, reportSha256, prevHash, entryHash, hmac };
}
