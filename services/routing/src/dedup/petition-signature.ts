import { type StoredVector } from './sentence-vectors';
import { type KeyTerm } from '../text/term-weights';

/**
 * Blind identity keys of a petitioner (opaque base64url HMAC strings made by intake). Routing
 * only compares them; it never sees a phone number or a name.
 */
export interface PetitionerIdentity {
  /** Of the phone number in E.164 — strong. */
  phone?: string;
  /** Of the resident ID number — strong. */
  idNumber?: string;
  /** Of the e-mail address (mailbox channels) — strong. */
  email?: string;
  /** Of name + address together — weak: namesakes exist, people move. */
  nameAddress?: string;
}

/** A petition as duplicate detection receives it (from `petition.registered`). */
export interface PetitionForDedup {
  petitionId: string;
  caseNumber?: string;
  receivedAt: Date | string;
  channel: string;
  subject?: string;
  text: string;
  identity: PetitionerIdentity;
}

/** Handling state the detector needs: repeats link to open cases; a recent reply means 复查. */
export type CaseState = 'open' | 'replied' | 'closed';

/** What the text pipeline yields for duplicate detection (kept, the text is not). */
export interface DedupFeatures {
  /** MinHash of the character-bigram set (full 32-bit values). */
  signature: Uint32Array;
  /** Number of distinct bigrams (for containment). */
  shingleCount: number;
  /** Top tf·idf terms, weights L2-normalised. */
  terms: KeyTerm[];
  /** Places below district level, organisations, amounts (see keyEntities). */
  keyEntities: string[];
  /** Problem concepts (noise, water-supply …); absent on records written before they existed. */
  concepts?: string[];
  /** Names (estates, roads, shops, companies; see nameTerms); absent on older records. */
  names?: string[];
  /** Districts, counties and cities named, with their level ("d:沙湾区"); absent on older records. */
  regions?: string[];
  /** The text's sentence embedding (unit length), computed by the caller before the decision. */
  embedding?: Float32Array;
  /** The embedding of the text with its named places masked (the problem told, wherever it is). */
  problemEmbedding?: Float32Array;
  /** Named places by kind ("estate:金桂园小区"; see text/named-places.ts). */
  places?: string[];
}

/**
 * The persisted form of one petition in the duplicate index — what a `DedupStore` saves and
 * loads (MongoDB in the service: one document per petition, `_id` = petitionId). Everything
 * the in-memory index holds can be rebuilt from these records, and the lookup keys of
 * {@link lookupKeys} can be derived from them for a collection of band keys.
 */
export interface StoredPetitionSignature {
  petitionId: string;
  caseNumber?: string;
  /** ISO 8601. */
  receivedAt: string;
  channel: string;
  identity: PetitionerIdentity;
  signature: number[];
  shingleCount: number;
  terms: KeyTerm[];
  keyEntities: string[];
  /** Problem concepts; absent on records written before they existed (then never matched). */
  concepts?: string[];
  /** Names; absent on older records. */
  names?: string[];
  /** Regions named ("d:沙湾区"); absent on older records (then never in conflict). */
  regions?: string[];
  /** The sentence embedding, int8 (see sentence-vectors.ts); absent on older records. */
  embedding?: StoredVector;
  /** The embedding of the text with its places masked; absent on older records. */
  problemEmbedding?: StoredVector;
  /** Named places ("estate:金桂园小区"); absent on older records. */
  places?: string[];
  /** The petitionId of the first petition of this matter group (itself when new). */
  groupId: string;
  state: CaseState;
  /** ISO 8601, set on `case.replied`. */
  repliedAt?: string;
  /** ISO 8601, set on `case.closed` / `petition.concluded`. */
  closedAt?: string;
}

/** Persistence of the duplicate index; the service implements it on MongoDB. */
export interface DedupStore {
  /** Every stored record, oldest first (by receivedAt, then insertion). */
  load(): AsyncIterable<StoredPetitionSignature>;
  /** Inserts or replaces the record of `record.petitionId`. */
  save(record: StoredPetitionSignature): Promise<void>;
  /** Applies a state change to an existing record (no-op if unknown). */
  updateState(petitionId: string, change: { state: CaseState; repliedAt?: string; closedAt?: string }): Promise<void>;
}

/** A store in memory, for tests, the evaluation CLI and the benchmark. */
export class InMemoryDedupStore implements DedupStore {
  private readonly records = new Map<string, StoredPetitionSignature>();

  async *load(): AsyncIterable<StoredPetitionSignature> {
    const all = [...this.records.values()].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    for (const record of all) yield record;
  }

  async save(record: StoredPetitionSignature): Promise<void> {
    this.records.set(record.petitionId, structuredClone(record));
  }

  async updateState(petitionId: string, change: { state: CaseState; repliedAt?: string; closedAt?: string }): Promise<void> {
    const record = this.records.get(petitionId);
    if (record) Object.assign(record, change);
  }

  get size(): number {
    return this.records.size;
  }
}
