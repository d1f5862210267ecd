import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { isDuplicateKeyError } from '@sunshine/messaging';
import { safeCollection, type SafeCollection } from '@sunshine/platform';

interface SequenceDocument {
  _id: string;
  last: number;
}

interface CaseNumberDocument {
  _id: string;
  petitionId: string;
}

/**
 * Case-number sequences, one per district and year, and the case number → petition lookup the
 * public progress query uses. The increment is a single-document atomic update, so concurrent
 * registrations never share a number, and numbers are taken only by registrations that go on
 * to be stored: gap-free in normal operation.
 */
@Injectable()
export class CaseNumberRepository {
  private readonly sequences: SafeCollection<SequenceDocument>;
  private readonly lookup: SafeCollection<CaseNumberDocument>;

  constructor(@InjectConnection() connection: Connection) {
    this.sequences = safeCollection<SequenceDocument>(connection, 'case_number_sequences');
    this.lookup = safeCollection<CaseNumberDocument>(connection, 'case_numbers');
  }

  async next(prefix: string): Promise<number> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const doc = await this.sequences.findOneAndUpdate(
          { _id: prefix },
          { $inc: { last: 1 } },
          { upsert: true, returnDocument: 'after' },
        );
        return doc!.last;
      } catch (error) {
        // Two first-of-the-year upserts may race to insert; the loser simply tries again.
        if (!isDuplicateKeyError(error) || attempt > 3) throw error;
      }
    }
  }

  async link(caseNumber: string, petitionId: string): Promise<void> {
    await this.lookup.updateOne({ _id: caseNumber }, { $setOnInsert: { petitionId } }, { upsert: true });
  }

  async petitionIdOf(caseNumber: string): Promise<string | undefined> {
    return (await this.lookup.findOne({ _id: caseNumber }))?.petitionId;
  }
}
