import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectConnection } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Connection } from 'mongoose';
import { Clock, safeCollection, type SafeCollection } from '@sunshine/platform';
import { firstVersion, type StandardAnswerContent, type StandardAnswerDoc, type StandardAnswerVersion } from './standard-answer';

export const STANDARD_ANSWERS = 'standard_answers';

/**
 * The standard-answer library in `standard_answers`: one document per answer, the latest
 * version on top and every version in `versions`. An edit is one update conditional on the
 * version it was made on, so two simultaneous edits never both win.
 */
@Injectable()
export class StandardAnswersRepository implements OnModuleInit {
  private readonly answers: SafeCollection<StandardAnswerDoc>;

  constructor(
    @InjectConnection() connection: Connection,
    private readonly clock: Clock,
    private readonly config: ConfigService,
  ) {
    this.answers = safeCollection<StandardAnswerDoc>(connection, STANDARD_ANSWERS);
  }

  /** Seed the shipped answers, each once: an answer the joint office has edited is left as it is. */
  async onModuleInit(): Promise<void> {
    const path = this.config.get<string>('HANDLING_STANDARD_ANSWERS_SEED') ?? join(__dirname, 'standard-answers.seed.json');
    const seed = JSON.parse(readFileSync(path, 'utf8')) as { answers: (StandardAnswerContent & { id: string })[] };
    const now = this.clock.now();
    for (const { id, ...content } of seed.answers) {
      const { _id, ...doc } = firstVersion(id, content, 'seed', now);
      await this.answers.updateOne({ _id } as Filter<StandardAnswerDoc>, { $setOnInsert: doc } as UpdateFilter<StandardAnswerDoc>, { upsert: true });
    }
  }

  list(category?: string): Promise<StandardAnswerDoc[]> {
    const filter: Record<string, unknown> = category ? { category } : {};
    return this.answers.find(filter as Filter<StandardAnswerDoc>, { projection: { versions: 0 } }).sort({ category: 1, _id: 1 }).limit(500).toArray() as Promise<
      StandardAnswerDoc[]
    >;
  }

  findById(id: string): Promise<StandardAnswerDoc | null> {
    return this.answers.findOne({ _id: id } as Filter<StandardAnswerDoc>);
  }

  async insert(doc: StandardAnswerDoc): Promise<void> {
    await this.answers.insertOne(doc);
  }

  /** Store `next` as the latest version if the answer is still at `expectedVersion`; false otherwise. */
  async addVersion(id: string, expectedVersion: number, next: StandardAnswerVersion): Promise<boolean> {
    const result = await this.answers.updateOne(
      { _id: id, version: expectedVersion } as Filter<StandardAnswerDoc>,
      { $set: { ...next }, $push: { versions: next } } as unknown as UpdateFilter<StandardAnswerDoc>,
    );
    return result.matchedCount === 1;
  }
}
