/**
 * The signed, hash-chained history of published reports (appraisals now, bulletins later).
 * Each entry keeps the report itself (its exact JSON text), the report's SHA-256, the previous
 * entry's hash, its own hash over all of these, and an HMAC of that hash with a key only the
 * service holds. Editing a stored report, any field of an entry, deleting or reordering entries
 * breaks one of the checks at the first entry touched; rewriting an entry and recomputing its
 * hashes still fails, because the HMAC needs the key.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** What the chain covers of an entry (the report itself by its text). */
export interface ChainEntry {
  seq: number;
  kind: string;
  subject: string;
  createdAt: string;
  report: string;
  reportSha256: string;
  prevHash: string;
  entryHash: string;
  hmac: string;
}

export type ChainFault = 'report-altered' | 'entry-altered' | 'chain-broken' | 'signature-invalid' | 'entry-missing';

export interface ChainVerdict {
  ok: boolean;
  entries: number;
  firstBadEntry?: { seq: number; fault: ChainFault };
}

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The hash of an entry: over its position, what it is, when, the report's hash and the previous entry's hash. */
export function entryHashOf(entry: Pick<ChainEntry, 'seq' | 'kind' | 'subject' | 'createdAt' | 'reportSha256' | 'prevHash'>): string {
  return sha256(JSON.stringify([entry.seq, entry.kind, entry.subject, entry.createdAt, entry.reportSha256, entry.prevHash]));
}

export const hmacOf = (key: string, entryHash: string): string => createHmac('sha256', key).update(entryHash, 'utf8').digest('hex');

/** The next entry after `previous` (undefined for the first), signed with `key`. */
export function nextEntry(
  previous: Pick<ChainEntry, 'seq' | 'entryHash'> | undefined,
  item: { kind: string; subject: string; createdAt: string; report: string },
  key: string,
): ChainEntry {
  const seq = (previous?.seq ?? 0) + 1;
  const reportSha256 = sha256(item.report);
  const prevHash = previous?.entryHash ?? GENESIS_HASH;
  const entryHash = entryHashOf({ seq, kind: item.kind, subject: item.subject, createdAt: item.createdAt, reportSha256, prevHash });
  return { seq, ...item, reportSha256, prevHash, entryHash, hmac: hmacOf(key, entryHash) };
}

const sameHex = (a: string, b: string) => typeof a === 'string' && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Check the whole chain (entries in `seq` order), naming the first entry that fails and how. */
export function verifyChain(entries: readonly ChainEntry[], key: string): ChainVerdict {
  let previousHash = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const bad = (fault: ChainFault): ChainVerdict => ({ ok: false, entries: entries.length, firstBadEntry: { seq: entry.seq ?? index + 1, fault } });
    if (entry.seq !== index + 1) return { ok: false, entries: entries.length, firstBadEntry: { seq: index + 1, fault: 'entry-missing' } };
    if (typeof entry.report !== 'string' || !sameHex(entry.reportSha256, sha256(entry.report))) return bad('report-altered');
    if (!sameHex(entry.prevHash, previousHash)) return bad('chain-broken');
    if (!sameHex(entry.entryHash, entryHashOf(entry))) return bad('entry-altered');
    if (!sameHex(entry.hmac, hmacOf(key, entry.entryHash))) return bad('signature-invalid');
    previousHash = entry.entryHash;
  }
  return { ok: true, entries: entries.length };
}
