import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import { scopedFilter, type UnitScope } from '@sunshine/auth';
import type { DomainEvent } from '@sunshine/contracts';
import { withOutbox } from '@sunshine/messaging';
import { safeCollection, type SafeCollection } from '@sunshine/platform';
import { CASES, type CaseRecord } from '../cases/case.schema';
import type { OrderAnswerRecord } from './order-answer';

type Stored = CaseRecord & { orderAnswers?: OrderAnswerRecord[] };

/** Answers to supervision orders on the `cases` documents: the same version lock and outbox as every case command. */
@Injectable()
export class SupervisionOrderAnswersRepository {
  private readonly cases: SafeCollection<Stored>;

  constructor(@InjectModel(CASES) model: Model<CaseRecord>) {
    this.cases = safeCollection<Stored>(model);
  }

  findVisible(scope: UnitScope, petitionId: string): Promise<Stored | null> {
    return this.cases.findOne(scopedFilter({ _id: petitionId }, scope, 'unitIds') as Filter<Stored>);
  }

  findById(petitionId: string): Promise<Stored | null> {
    return this.cases.findOne({ _id: petitionId } as Filter<Stored>);
  }

  /** Push the answer with its event in one update, if the case is still at `version`. */
  async addAnswer(petitionId: string, version: number, answer: OrderAnswerRecord, event: DomainEvent, now: Date): Promise<boolean> {
    const update = withOutbox({ $set: { updatedAt: now }, $inc: { version: 1 }, $push: { orderAnswers: answer } }, [event]);
    const result = await this.cases.updateOne({ _id: petitionId, version } as Filter<Stored>, update as UpdateFilter<Stored>);
    return result.matchedCount === 1;
  }
}
