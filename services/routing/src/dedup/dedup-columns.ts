/**
 * Column storage of the duplicate index: one row per stored petition, each field in its own
 * typed array (≈ 0.5 KB per petition, no JS object per petition), petition ids and case numbers
 * in string pools. Rows are appended, never removed; only a row's case state changes. The other
 * parts of the detector read these columns directly in their hot loops.
 */
import { namesAreAreas } from '../text/problem-concepts';
import { hashString } from '../text/shingles';
import { IDENTITY_KINDS, nameBigrams, type SignatureShape } from './dedup-features';
import { type CaseRef } from './duplicate-decision';
import { type CaseState, type StoredPetitionSignature } from './petition-signature';
import { placeFromKey, type NamedPlace } from '../text/named-places';
import { fromStoredVector, VectorColumn } from './sentence-vectors';
import { StringPool } from './string-pool';

const MINUTE = 60_000;
export const NO_DOC = -1;
export const STATE_CODE: Record<CaseState, number> = { open: 0, replied: 1, closed: 2 };
const STATE_NAME: CaseState[] = ['open', 'replied', 'closed'];
export const ENTITY_SLOTS = 8;
export const CONCEPT_SLOTS = 6;
export const NAME_SLOTS = 16;
export const REGION_SLOTS = 2;
export const IDENTITY_SLOTS = IDENTITY_KINDS.length;
/** Dimensions of the sentence embeddings (bge-small-zh-v1.5). */
export const EMBEDDING_DIMENSIONS = 512;

/** Region levels as held in a region hash's low two bits (see regionHash). */
export const REGION_LEVELS = [1, 2, 3];

/** Times are held as whole minutes since the epoch (fits a Uint32 until the 10th millennium). */
export function toMinutes(at: Date | string): number {
  return Math.floor(new Date(at).getTime() / MINUTE);
}

/** The hash that confirms an identity key on a record (the index finds it by another hash). */
export const checkHash = (value: string) => hashString(value, 0x7c15) || 1;

/** A region's hash with its level (p 1, c 2, d 3) in the low two bits, never 0. */
export function regionHash(region: string): number {
  const level = region.startsWith('p:') ? 1 : region.startsWith('c:') ? 2 : 3;
  return ((hashString(region) & ~3) | level) >>> 0;
}

function grow<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(array: T, length: number, fill?: number): T {
  const Ctor = array.constructor as new (n: number) => T;
  const grown = new Ctor(length);
  if (fill !== undefined) grown.fill(fill);
  grown.set(array);
  return grown;
}

export class DedupColumns {
  readonly petitionIds = new StringPool();
  readonly caseNumbers = new StringPool();
  readonly docById = new Map<string, number>();
  count = 0;
  private capacity = 0;
  // Columns, one row per stored petition.
  receivedAt = new Uint32Array(0);
  repliedAt = new Uint32Array(0);
  state = new Uint8Array(0);
  signatures = new Uint16Array(0);
  shingleCounts = new Uint16Array(0);
  termHashes = new Uint32Array(0);
  termWeights = new Uint8Array(0);
  entityHashes = new Uint32Array(0);
  conceptHashes = new Uint32Array(0);
  nameHashes = new Uint32Array(0);
  /** 1 when the row's names are town-level areas only (see namesAreAreas). */
  nameAreas = new Uint8Array(0);
  /** Hashes of the regions named (level-prefixed, see regionsOf), 0-terminated. */
  regionHashes = new Uint32Array(0);
  identityChecks = new Uint32Array(0);
  // Matter groups (see matter-groups.ts): each row's group root and the group's chain, newest first.
  groupRoot = new Int32Array(0);
  previousInGroup = new Int32Array(0);
  lastInGroup = new Int32Array(0);
  /** Sentence embeddings (int8), for rows whose record has one. */
  readonly vectors = new VectorColumn(EMBEDDING_DIMENSIONS);
  /** Embeddings of the texts with their places masked. */
  readonly problemVectors = new VectorColumn(EMBEDDING_DIMENSIONS);
  /** Named places per row (a few per petition; undefined when none or an older record). */
  readonly places: (NamedPlace[] | undefined)[] = [];
  /** The decision that last visited the row (see nextStamp): a candidate is verified once. */
  visitStamp = new Uint32Array(0);
  private stamp = 0;

  constructor(private readonly shape: SignatureShape) {}

  /** Bytes held by the typed arrays and the string pools (excludes the id → row map). */
  get byteLength(): number {
    const columns = [
      this.receivedAt, this.repliedAt, this.state, this.signatures, this.shingleCounts, this.termHashes, this.termWeights,
      this.entityHashes, this.conceptHashes, this.nameHashes, this.nameAreas, this.regionHashes, this.identityChecks, this.groupRoot, this.previousInGroup, this.lastInGroup, this.visitStamp,
    ];
    return columns.reduce((sum, c) => sum + c.byteLength, 0) + this.vectors.byteLength + this.problemVectors.byteLength + this.petitionIds.byteLength + this.caseNumbers.byteLength;
  }

  /**
   * Appends the row of a persisted record (not yet stored: the caller checks `docById`) and
   * returns its number; the caller links it into its matter group and the lookup keys.
   */
  append(record: StoredPetitionSignature, signature: ArrayLike<number>): number {
    const doc = this.count;
    this.ensureCapacity(doc + 1);
    this.count++;
    this.docById.set(record.petitionId, doc);
    this.petitionIds.push(record.petitionId);
    this.caseNumbers.push(record.caseNumber ?? '');
    this.receivedAt[doc] = toMinutes(record.receivedAt);
    this.state[doc] = STATE_CODE[record.state];
    this.repliedAt[doc] = record.repliedAt ? toMinutes(record.repliedAt) : 0;
    const k = this.shape.hashes;
    for (let i = 0; i < k; i++) this.signatures[doc * k + i] = signature[i] & 0xffff;
    this.shingleCounts[doc] = Math.min(record.shingleCount, 0xffff);
    const t = this.shape.terms;
    record.terms.slice(0, t).forEach((term, i) => {
      this.termHashes[doc * t + i] = hashString(term.term) || 1;
      this.termWeights[doc * t + i] = Math.max(1, Math.round(term.weight * 255));
    });
    record.keyEntities.slice(0, ENTITY_SLOTS).forEach((entity, i) => (this.entityHashes[doc * ENTITY_SLOTS + i] = hashString(entity) || 1));
    (record.concepts ?? []).slice(0, CONCEPT_SLOTS).forEach((concept, i) => (this.conceptHashes[doc * CONCEPT_SLOTS + i] = hashString(concept) || 1));
    nameBigrams(record.names, NAME_SLOTS).forEach((bigram, i) => (this.nameHashes[doc * NAME_SLOTS + i] = bigram));
    this.nameAreas[doc] = namesAreAreas(record.names) ? 1 : 0;
    (record.regions ?? []).slice(0, REGION_SLOTS).forEach((region, i) => (this.regionHashes[doc * REGION_SLOTS + i] = regionHash(region)));
    IDENTITY_KINDS.forEach((kind, i) => {
      const value = record.identity[kind];
      this.identityChecks[doc * IDENTITY_SLOTS + i] = value ? checkHash(value) : 0;
    });
    if (record.embedding) this.vectors.set(doc, fromStoredVector(record.embedding));
    if (record.problemEmbedding) this.problemVectors.set(doc, fromStoredVector(record.problemEmbedding));
    this.places[doc] = record.places?.length ? record.places.map(placeFromKey) : undefined;
    return doc;
  }

  /** Sets a stored petition's case state; false when the petition is unknown. */
  setState(petitionId: string, state: CaseState, at?: Date | string): boolean {
    const doc = this.docById.get(petitionId);
    if (doc === undefined) return false;
    this.state[doc] = STATE_CODE[state];
    if (state === 'replied' && at) this.repliedAt[doc] = toMinutes(at);
    return true;
  }

  /** The current state of a stored petition, or undefined. */
  stateOf(petitionId: string): { state: CaseState; groupId: string } | undefined {
    const doc = this.docById.get(petitionId);
    if (doc === undefined) return undefined;
    return { state: STATE_NAME[this.state[doc]], groupId: this.petitionIds.get(this.groupRoot[doc]) };
  }

  ref(doc: number): CaseRef {
    const caseNumber = this.caseNumbers.get(doc);
    return caseNumber ? { petitionId: this.petitionIds.get(doc), caseNumber } : { petitionId: this.petitionIds.get(doc) };
  }

  /** A fresh visit stamp for one decision; the stamps are cleared when the counter wraps. */
  nextStamp(): number {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.visitStamp.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  private ensureCapacity(needed: number): void {
    if (needed <= this.capacity) return;
    const n = Math.max(1024, this.capacity * 2, needed);
    const { hashes, terms } = this.shape;
    this.receivedAt = grow(this.receivedAt, n);
    this.repliedAt = grow(this.repliedAt, n);
    this.state = grow(this.state, n);
    this.signatures = grow(this.signatures, n * hashes);
    this.shingleCounts = grow(this.shingleCounts, n);
    this.termHashes = grow(this.termHashes, n * terms);
    this.termWeights = grow(this.termWeights, n * terms);
    this.entityHashes = grow(this.entityHashes, n * ENTITY_SLOTS);
    this.conceptHashes = grow(this.conceptHashes, n * CONCEPT_SLOTS);
    this.nameHashes = grow(this.nameHashes, n * NAME_SLOTS);
    this.nameAreas = grow(this.nameAreas, n);
    this.regionHashes = grow(this.regionHashes, n * REGION_SLOTS);
    this.identityChecks = grow(this.identityChecks, n * IDENTITY_SLOTS);
    this.groupRoot = grow(this.groupRoot, n);
    this.previousInGroup = grow(this.previousInGroup, n, NO_DOC);
    this.lastInGroup = grow(this.lastInGroup, n, NO_DOC);
    this.visitStamp = grow(this.visitStamp, n);
    this.capacity = n;
  }
}
