import { genericSuffixLength } from '../text/entity-extractor';
import { type AnalyzedText } from '../text/text-analyzer';
import { fmix32 } from '../text/shingles';
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
  /** Matter keys: up to 2 × this many name bigrams × 2 concepts (default 3 → up to 12). */
  matterKeys: number;
}

export const DEFAULT_SHAPE: SignatureShape = { hashes: 64, bands: 16, terms: 20, pairTerms: 5, matterKeys: 3 };

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
    concepts: analyzed.concepts,
    names: analyzed.names,
    regions: analyzed.regions,
  };
}

/**
 * Matter keys: a bigram of a name AND a kind of problem (龙泉|bus-route, 丽发|noise) — the same
 * named place or company with the same problem is what makes two differently worded petitions
 * one matter. Name bigrams rather than whole names, so that a name cut differently by the
 * segmenter (停靠龙泉 / 龙泉小区) still meets. Up to `count` × 2 bigrams × 2 concepts keys;
 * a petition that names nothing (a city-wide matter) is keyed by its problems alone.
 */
export function matterKeys(names: readonly string[] = [], concepts: readonly string[] = [], count = DEFAULT_SHAPE.matterKeys): string[] {
  const keys: string[] = [];
  const top = concepts.slice(0, 2);
  const bigrams = new Set<string>();
  for (const name of names) {
    const end = distinctiveEnd(name);
    for (let i = 0; i + 1 < end && bigrams.size < count * 2; i++) bigrams.add(name.slice(i, i + 2));
  }
  if (bigrams.size === 0) for (const concept of concepts.slice(0, count)) keys.push(`~|${concept}`);
  for (const bigram of bigrams) for (const concept of top) keys.push(`${bigram}|${concept}`);
  return keys;
}

/**
 * Where a name's bigrams end: a bigram inside its generic kind word (幼儿园, 中学, 新城) is
 * shared by every kindergarten, school or new town and names nothing; the bigram across the
 * join is kept (二中 of 第二中学 still meets 二中).
 */
function distinctiveEnd(name: string): number {
  const suffix = genericSuffixLength(name);
  return suffix >= 2 ? name.length - suffix + 1 : name.length;
}

/** Distinct character bigrams of the names (exact 32-bit codes), so that 龙泉 matches 停靠龙泉. */
export function nameBigrams(names: readonly string[] = [], limit = 16): number[] {
  return [...new Set(nameBigramGroups(names, limit).flat())];
}

/**
 * The same bigrams name by name, to tell which name is shared: at most `limit` distinct codes in
 * all (a name's bigrams stop at the first new one beyond the limit).
 */
export function nameBigramGroups(names: readonly string[] = [], limit = 16): number[][] {
  const pooled = new Set<number>();
  const groups: number[][] = [];
  for (const name of names) {
    const end = distinctiveEnd(name);
    const group: number[] = [];
    for (let i = 0; i + 1 < end; i++) {
      const code = ((name.charCodeAt(i) << 16) | name.charCodeAt(i + 1)) >>> 0 || 1;
      if (!pooled.has(code) && pooled.size >= limit) break;
      pooled.add(code);
      group.push(code);
    }
    if (group.length > 0) groups.push(group);
  }
  return groups;
}

/** Band key of band `band` (a 32-bit hash of the band index and its rows). */
export function bandKey(signature: ArrayLike<number>, band: number, rows: number): number {
  let h = Math.imul(band + 1, 0x9e3779b1) >>> 0;
  for (let r = band * rows; r < (band + 1) * rows; r++) {
    h ^= signature[r];
    h = Math.imul((h << 13) | (h >>> 19), 0x85ebca6b) >>> 0;
  }
  // Integer mixing only: no string per band (16 per petition at build and per query).
  return fmix32(h ^ 0xb5d1);
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
 * `b<band>:<hex>` for LSH bands, `t:<term>|<term>` for key-term pairs, `n:<name>|<concept>`
 * for matter keys, `i:<kind>:<key>` for identity. The in-memory index uses 32-bit hashes of exactly these.
 */
export function lookupKeys(
  features: Pick<DedupFeatures, 'signature' | 'terms' | 'names' | 'concepts'>,
  identity: PetitionerIdentity,
  shape: SignatureShape = DEFAULT_SHAPE,
): string[] {
  const rows = shape.hashes / shape.bands;
  const keys: string[] = [];
  for (let b = 0; b < shape.bands; b++) keys.push(`b${b}:${bandKey(features.signature, b, rows).toString(16)}`);
  for (const pair of termPairs(features.terms, shape.pairTerms)) keys.push(`t:${pair}`);
  for (const key of matterKeys(features.names, features.concepts, shape.matterKeys)) keys.push(`n:${key}`);
  for (const kind of IDENTITY_KINDS) if (identity[kind]) keys.push(`i:${kind}:${identity[kind]}`);
  return keys;
}
