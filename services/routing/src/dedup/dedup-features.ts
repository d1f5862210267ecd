import { type AnalyzedText } from '../text/text-analyzer';
import { hashString } from '../text/shingles';
import { keyTerms } from '../text/term-weights';
import { MinHasher } from './minhash';
import { type DedupFeatures, type PetitionerIdentity } from './petition-signature';

/** The shape of the signature and lookup keys; changing it means re-indexing. */
export interface SignatureShape {
  /** MinHash functions (default 64). */
  hashes: number;
  /** LSH bands (default 16); rows per band = hashes / bands. */
  bands: number;
  /** Key terms kept per petition (default 20). */
  terms: number;
  /** Term pairs are formed from this many top terms (default 5 → 10 pairs). */
  pairTerms: number;
}

export const DEFAULT_SHAPE: SignatureShape = { hashes: 64, bands: 16, terms: 20, pairTerms: 5 };

const hashers = new Map<number, MinHasher>();

/** Features of an analysed text for duplicate detection. */
export function dedupFeatures(analyzed: AnalyzedText, shape: SignatureShape = DEFAULT_SHAPE): DedupFeatures {
  let hasher = hashers.get(shape.hashes);
  if (!hasher) hashers.set(shape.hashes, (hasher = new MinHasher(shape.hashes)));
  return {
    signature: hasher.signature(analyzed.shingles),
    shingleCount: analyzed.shingles.length,
    terms: keyTerms(analyzed.contentWords, analyzed.keyEntities, shape.terms),
    keyEntities: analyzed.keyEntities,
  };
}

/** Band key of band `band` (a 32-bit hash of the band index and its rows). */
export function bandKey(signature: ArrayLike<number>, band: number, rows: number): number {
  let h = Math.imul(band + 1, 0x9e3779b1) >>> 0;
  for (let r = band * rows; r < (band + 1) * rows; r++) {
    h ^= signature[r];
    h = Math.imul((h << 13) | (h >>> 19), 0x85ebca6b) >>> 0;
  }
  return hashString(String(h), 0xb5d1);
}

/** The unordered pairs of the top `count` terms, as "a|b" with a < b. */
export function termPairs(terms: readonly { term: string }[], count: number): string[] {
  const top = terms.slice(0, count).map((t) => t.term);
  const pairs: string[] = [];
  for (let i = 0; i < top.length; i++) for (let j = i + 1; j < top.length; j++) pairs.push(top[i] < top[j] ? `${top[i]}|${top[j]}` : `${top[j]}|${top[i]}`);
  return pairs;
}

export const IDENTITY_KINDS = ['phone', 'idNumber', 'email', 'nameAddress'] as const;

/**
 * Every lookup key of a petition as a string — the form a MongoDB collection of band keys
 * would index (`{ key, petitionId, receivedAt }`) if the index ever moves out of memory:
 * `b<band>:<hex>` for LSH bands, `t:<term>|<term>` for key-term pairs, `i:<kind>:<key>` for
 * identity. The in-memory index uses 32-bit hashes of exactly these.
 */
export function lookupKeys(features: Pick<DedupFeatures, 'signature' | 'terms'>, identity: PetitionerIdentity, shape: SignatureShape = DEFAULT_SHAPE): string[] {
  const rows = shape.hashes / shape.bands;
  const keys: string[] = [];
  for (let b = 0; b < shape.bands; b++) keys.push(`b${b}:${bandKey(features.signature, b, rows).toString(16)}`);
  for (const pair of termPairs(features.terms, shape.pairTerms)) keys.push(`t:${pair}`);
  for (const kind of IDENTITY_KINDS) if (identity[kind]) keys.push(`i:${kind}:${identity[kind]}`);
  return keys;
}
