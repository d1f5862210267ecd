/**
 * The new petition as a decision reads it: its features hashed into buffers that are allocated
 * once per detector and refilled by every decision, so the query path allocates (almost)
 * nothing. Candidate retrieval fills `lookup`; this file fills what the scoring policy compares.
 */
import { namesAreAreas } from '../text/problem-concepts';
import { hashString } from '../text/shingles';
import { IDENTITY_KINDS, nameBigramGroups } from './dedup-features';
import { checkHash, CONCEPT_SLOTS, ENTITY_SLOTS, IDENTITY_SLOTS, NAME_SLOTS, REGION_SLOTS, regionHash } from './dedup-columns';
import { type DedupFeatures, type PetitionerIdentity } from './petition-signature';
import { placeFromKey, type NamedPlace } from '../text/named-places';
import { quantize, type QuantizedVector } from './sentence-vectors';
import { SmallHashMap } from './small-hash-map';

/** The reused buffers of one decision's query. */
export interface QueryBuffers {
  lookup: Uint32Array;
  lookupCount: number;
  signature: Uint16Array;
  shingleCount: number;
  terms: SmallHashMap;
  termCount: number;
  entities: Uint32Array;
  entityCount: number;
  concepts: Uint32Array;
  conceptCount: number;
  names: SmallHashMap;
  nameCount: number;
  /** The query's name bigrams, name by name. */
  nameGroups: number[][];
  nameArea: boolean;
  regions: Uint32Array;
  regionCount: number;
  identity: Uint32Array;
  /** The query's sentence embedding, int8 (scale 0: none). */
  vector: QuantizedVector;
  /** Its embedding with places masked. */
  problemVector: QuantizedVector;
  /** Its named places. */
  places: NamedPlace[];
  /** Minutes since the epoch of the query (for the time gap). */
  at: number;
}

/** Buffers for queries of `hashes` MinHash values and up to `lookupKeys` lookup keys. */
export function createQueryBuffers(lookupKeys: number, hashes: number): QueryBuffers {
  return {
    lookup: new Uint32Array(lookupKeys),
    lookupCount: 0,
    signature: new Uint16Array(hashes),
    shingleCount: 0,
    terms: new SmallHashMap(),
    termCount: 0,
    entities: new Uint32Array(ENTITY_SLOTS),
    entityCount: 0,
    concepts: new Uint32Array(CONCEPT_SLOTS),
    conceptCount: 0,
    names: new SmallHashMap(),
    nameCount: 0,
    nameGroups: [],
    nameArea: false,
    regions: new Uint32Array(REGION_SLOTS),
    regionCount: 0,
    identity: new Uint32Array(IDENTITY_SLOTS),
    vector: { codes: new Int8Array(0), scale: 0 },
    problemVector: { codes: new Int8Array(0), scale: 0 },
    places: [],
    at: 0,
  };
}

/** Fills the compared part of the query (all but the lookup keys) from a petition's features and identity. */
export function loadQueryFeatures(q: QueryBuffers, features: DedupFeatures, identity: PetitionerIdentity, hashes: number, terms: number): void {
  for (let i = 0; i < hashes; i++) q.signature[i] = features.signature[i] & 0xffff;
  q.shingleCount = features.shingleCount;
  q.termCount = Math.min(terms, features.terms.length);
  q.terms.clear();
  for (let i = 0; i < q.termCount; i++) q.terms.set(hashString(features.terms[i].term) || 1, Math.max(1, Math.round(features.terms[i].weight * 255)) / 255);
  q.entityCount = fillHashes(q.entities, features.keyEntities);
  q.conceptCount = fillHashes(q.concepts, features.concepts ?? []);
  q.names.clear();
  q.nameGroups = nameBigramGroups(features.names, NAME_SLOTS);
  for (const group of q.nameGroups) for (const bigram of group) q.names.set(bigram, 1);
  q.nameCount = q.names.size;
  q.nameArea = namesAreAreas(features.names);
  const regions = (features.regions ?? []).slice(0, REGION_SLOTS);
  regions.forEach((region, i) => (q.regions[i] = regionHash(region)));
  q.regionCount = regions.length;
  IDENTITY_KINDS.forEach((kind, i) => (q.identity[i] = identity[kind] ? checkHash(identity[kind]) : 0));
  q.vector = features.embedding ? quantize(features.embedding) : NO_VECTOR;
  q.problemVector = features.problemEmbedding ? quantize(features.problemEmbedding) : NO_VECTOR;
  q.places = (features.places ?? []).map(placeFromKey);
}

const NO_VECTOR: QuantizedVector = { codes: new Int8Array(0), scale: 0 };

/** Writes the hashes of up to `target.length` values; returns how many. */
function fillHashes(target: Uint32Array, values: readonly string[]): number {
  const n = Math.min(target.length, values.length);
  for (let i = 0; i < n; i++) target[i] = hashString(values[i]) || 1;
  return n;
}
