import { createHash } from 'node:crypto';

/** One entry of a hash-chained audit log: each entry's hash covers the previous one's. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  unitId?: string;
  action: string;
  petitionId: string;
  reason: string;
  prevHash: string;
  hash: string;
}

export const GENESIS = '0'.repeat(64);

export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, unitId, action, petitionId, reason, prevHash } = entry;
  return createHash('sha256').update(JSON.stringify([seq, at, actor, unitId ?? null, action, petitionId, reason, prevHash])).digest('hex');
}

/** The first entry whose hash or link does not hold, or undefined when the chain is intact. */
export function firstBrokenEntry(entries: readonly AuditEntry[]): number | undefined {
  let prev = GENESIS;
  for (const [i, entry] of entries.entries()) {
    if (entry.seq !== i + 1 || entry.prevHash !== prev || entryHash(entry) !== entry.hash) return entry.seq;
    prev = entry.hash;
  }
  return undefined;
}
