import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { safeCollection, type SafeCollection } from '@sunshine/platform';

interface CaseNumberDocument {
  _id: string;
  petitionId: string;
}

/**
 * Case number → petition (`case_numbers`, keyed by case number): the petitioner names the case
 * by its number, every other lookup is by petition id.
 */
@Injectable()
export class CaseNumberRepository {
  private readonly lookup: SafeCollection<CaseNumberDocument>;

  constructor(@InjectConnection() connection: Connection) {
    this.lookup = safeCollection<CaseNumberDocument>(connection, 'case_numbers');
  }

  async link(caseNumber: string, petitionId: string): Promise<void> {
    await this.lookup.updateOne({ _id: caseNumber }, { $setOnInsert: { petitionId } }, { upsert: true });
  }

  async petitionIdOf(caseNumber: string): Promise<string | undefined> {
    return (await this.lookup.findOne({ _id: caseNumber }))?.petitionId;
  }
}
