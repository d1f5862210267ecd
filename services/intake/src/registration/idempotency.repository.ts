import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { isDuplicateKeyError } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';

export interface IdempotencyRecord {
  _id: string;
  requestHash: string;
  state: 'pending' | 'done';
  /** A pending claim expires, so a crashed request does not block its key for ever. */
  lockedUntil: Date;
  /** The sealed JSON of the response to replay. */
  response?: string;
  createdAt: Date;
}

export type Claim =
  | { kind: 'owner'; takeover: boolean }
  | { kind: 'replay'; response: string }
  | { kind: 'conflict' }
  | { kind: 'in-progress' };

/** A stable hash of a request body: key order does not matter. */
export function requestHash(body: unknown): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object' && !(value instanceof Date)
        ? Object.fromEntries(
            Object.keys(value as object)
              .sort()
              .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
          )
        : value;
  return createHash('sha256').update(JSON.stringify(canonical(body))).digest('base64url');
}

const LOCK_MS = 30_000;

/**
 * Idempotency-Key records. The first request with a key claims it (a unique insert); a retry
 * with the same body gets the stored answer, a different body is a conflict, and a concurrent
 * duplicate waits for the first to finish.
 */
@Injectable()
export class IdempotencyRepository {
  private readonly keys: SafeCollection<IdempotencyRecord>;

  constructor(@InjectConnection() connection: Connection) {
    this.keys = safeCollection<IdempotencyRecord>(connection, 'idempotency_keys');
  }

  async claim(id: string, hash: string, now: Date): Promise<Claim> {
    try {
      await this.keys.insertOne({ _id: id, requestHash: hash, state: 'pending', lockedUntil: new Date(now.getTime() + LOCK_MS), createdAt: now });
      return { kind: 'owner', takeover: false };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const deadline = Date.now() + 10_000;
    for (;;) {
      const existing = await this.keys.findOne({ _id: id });
      if (!existing) return this.claim(id, hash, now); // expired and removed meanwhile
      if (existing.requestHash !== hash) return { kind: 'conflict' };
      if (existing.state === 'done' && existing.response) return { kind: 'replay', response: existing.response };
      if (existing.lockedUntil.getTime() < Date.now()) {
        const taken = await this.keys.updateOne(
          { _id: id, state: 'pending', lockedUntil: existing.lockedUntil },
          { $set: { lockedUntil: new Date(Date.now() + LOCK_MS) } },
        );
        if (taken.modifiedCount === 1) return { kind: 'owner', takeover: true };
      }
      if (Date.now() > deadline) return { kind: 'in-progress' };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async complete(id: string, response: string): Promise<void> {
    await this.keys.updateOne({ _id: id }, { $set: { state: 'done', response } });
  }

  /** Give a key back when the request failed before anything was stored. */
  async release(id: string): Promise<void> {
    await this.keys.deleteOne({ _id: id, state: 'pending' });
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    return (await this.keys.deleteMany({ createdAt: trusted({ $lt: cutoff }) })).deletedCount;
  }
}
