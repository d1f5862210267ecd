import { hashString } from '../text/shingles';
import { namesAreAreas } from '../text/problem-concepts';
import { TextAnalyzer } from '../text/text-analyzer';
import { ChainedMultimap } from './chained-multimap';
import { bandKey, dedupFeatures, DEFAULT_SHAPE, IDENTITY_KINDS, matterKeys, nameBigramGroups, nameBigrams, termPairs, type SignatureShape } from './dedup-features';
import { containmentFromJaccard } from './minhash';
import {
  type CaseState,
  type DedupFeatures,
  type PetitionerIdentity,
  type PetitionForDedup,
  type StoredPetitionSignature,
} from './petition-signature';
import { StringPool } from './string-pool';

export interface DuplicateDetectorOptions {
  shape: SignatureShape;
  /** Only petitions received within this many days are compared (default 180). */
  windowDays: number;
  /** 信访工作条例: review may be requested within 30 days of the reply (default 30). */
  reviewWindowDays: number;
  /** Same person: link as a repeat at or above this similarity (default 0.2). */
  repeatThreshold: number;
  /** Different (or unknown) people: link as the same matter at or above this (default 0.55). */
  jointThreshold: number;
  /** 群体性: this many distinct petitioners on one matter … (default 5) */
  groupMinPetitioners: number;
  /** … within this many days raise a group escalation (default 7). */
  groupWindowDays: number;
  /** At most this many postings are read per lookup key, newest first (bounds latency on hot keys). */
  maxPostingsPerKey: number;
  /** At most this many distinct stored petitions are verified per decision (bounds the tail). */
  maxVerified: number;
}

export const DEFAULT_DETECTOR_OPTIONS: DuplicateDetectorOptions = {
  shape: DEFAULT_SHAPE,
  windowDays: 180,
  reviewWindowDays: 30,
  repeatThreshold: 0.2,
  // Chosen on the tuning groups of data/dedup-dev.jsonl: 0.5 lets same-estate hard negatives
  // through (false links 2.4 %), 0.6 starts losing paraphrases.
  jointThreshold: 0.55,
  groupMinPetitioners: 5,
  groupWindowDays: 7,
  maxPostingsPerKey: 200,
  maxVerified: 2500,
};

/** How a new petition relates to what is already on file. */
export type DuplicateRelation = 'new' | 'repeat' | 'joint';

export interface CaseRef {
  petitionId: string;
  caseNumber?: string;
}

export interface DuplicateCandidate extends CaseRef {
  similarity: number;
  samePerson: boolean;
}

export interface DuplicateDecision {
  relation: DuplicateRelation;
  /** The case to link to: the earliest open case of the matter group (the latest if none is open). */
  linkedTo?: CaseRef;
  /** The most similar earlier petition that decided the relation. */
  matched?: DuplicateCandidate;
  /** Similarity to `matched` (0–1); 0 when new. */
  similarity: number;
  /** The linked case was replied within the review window: this may be a 复查 request. */
  possibleReview: boolean;
  /** The matter group this petition joins (the petitionId of the group's first petition). */
  groupId: string;
  /** Set when the group reached the group-petition threshold (群体性事项) with this petition. */
  groupEscalation?: { petitioners: number; windowDays: number; petitionIds: string[] };
  /** The best few candidates that were verified, best first (for the registrar's screen). */
  candidates: DuplicateCandidate[];
}

const MINUTE = 60_000;
const NO_DOC = -1;
const STATE_CODE: Record<CaseState, number> = { open: 0, replied: 1, closed: 2 };
const STATE_NAME: CaseState[] = ['open', 'replied', 'closed'];
const ENTITY_SLOTS = 8;
const CONCEPT_SLOTS = 6;
const NAME_SLOTS = 16;
const REGION_SLOTS = 2;
const IDENTITY_SLOTS = IDENTITY_KINDS.length;
/** Candidates kept per decision for the final choice (best first after sorting). */
const SCORED_SLOTS = 256;

/**
 * Weights of the verifier score (0–1), chosen on the tuning groups of data/dedup-dev.jsonl:
 * wording (character containment and key-term cosine) plus the matter evidence — a shared
 * name (estate, road, shop, company) together with a shared kind of problem. A shared name
 * with another problem (same estate, other complaint) or the same problem elsewhere earns
 * nothing from the matter term and is pushed down by the conflict terms.
 */
const W = {
  text: 0.5,
  cosine: 0.5,
  /** × Dice share of problem concepts in common, when at least one name is shared. */
  matter: 0.4,
  /** × the same share whatever the names (a person restating their own problem in new words). */
  concept: 0.15,
  /** × the matter weight, when neither petition names anything (city-wide matters). */
  unnamed: 0.5,
  /** Per shared name (one, or two when every name bigram of the shorter side is shared). */
  name: 0.05,
  /** Both name problems, none in common. */
  conceptConflict: 0.25,
  /** Both have names, none in common. */
  nameConflict: 0.1,
  /** Both name their district (or city), none in common: another place's matter, whatever else is shared. */
  regionConflict: 0.3,
  /** × the matter weight when the shared name is a town-level area only (嘉农镇) and the problems are nearly the same (same main problem, Dice ≥ 0.75): weak evidence. */
  area: 0.5,
};

function toMinutes(at: Date | string): number {
  return Math.floor(new Date(at).getTime() / MINUTE);
}

function grow<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(array: T, length: number, fill?: number): T {
  const Ctor = array.constructor as new (n: number) => T;
  const grown = new Ctor(length);
  if (fill !== undefined) grown.fill(fill);
  grown.set(array);
  return grown;
}

/** Two 32-bit hashes of one key: one to find it in an index, one to confirm it on a record. */
const indexHash = (kind: string, value: string) => hashString(`${kind}:${value}`, 0x1d3a7);
const checkHash = (value: string) => hashString(value, 0x7c15) || 1;

/**
 * 判重 — finds whether a new petition repeats one already on file (same person, same matter),
 * joins one (other people, same matter), or is new; and whether a matter has become a group
 * petition. Everything is held in typed arrays (≈ 0.5 KB per petition) so that a decision
 * against a million stored petitions takes a few milliseconds.
 *
 * Lifecycle in the routing service:
 *   - at start: `await detector.restore(store.load())`
 *   - on `petition.registered`: `const { decision, record } = detector.process(petition)`;
 *     `await store.save(record)`; publish `petition.duplicate-linked` when decision.relation
 *     is not 'new', `petition.escalated` (group) when decision.groupEscalation is set
 *   - on `case.replied` / `case.closed` / `case.reopened`: `detector.markReplied|markClosed|markReopened`
 *     and `store.updateState(...)`
 */
export class DuplicateDetector {
  readonly options: DuplicateDetectorOptions;
  private readonly analyzer: TextAnalyzer;
  private readonly rows: number;
  private readonly stride: number;
  private readonly keys = new ChainedMultimap();
  private readonly petitionIds = new StringPool();
  private readonly caseNumbers = new StringPool();
  private readonly docById = new Map<string, number>();
  private count = 0;
  private capacity = 0;
  // Columns, one row per stored petition.
  private receivedAt = new Uint32Array(0);
  private repliedAt = new Uint32Array(0);
  private state = new Uint8Array(0);
  private signatures = new Uint16Array(0);
  private shingleCounts = new Uint16Array(0);
  private termHashes = new Uint32Array(0);
  private termWeights = new Uint8Array(0);
  private entityHashes = new Uint32Array(0);
  private conceptHashes = new Uint32Array(0);
  private nameHashes = new Uint32Array(0);
  /** 1 when the row's names are town-level areas only (see namesAreAreas). */
  private nameAreas = new Uint8Array(0);
  /** Hashes of the regions named (level-prefixed, see regionsOf), 0-terminated. */
  private regionHashes = new Uint32Array(0);
  private identityChecks = new Uint32Array(0);
  private groupRoot = new Int32Array(0);
  private previousInGroup = new Int32Array(0);
  private lastInGroup = new Int32Array(0);
  private visitStamp = new Uint32Array(0);
  private stamp = 0;
  // Query buffers, reused by every decision so that the query path allocates (almost) nothing.
  private readonly q: QueryBuffers;
  private readonly scoredDocs = new Int32Array(SCORED_SLOTS);
  private readonly scoredSimilarity = new Float64Array(SCORED_SLOTS);
  private readonly scoredSamePerson = new Uint8Array(SCORED_SLOTS);
  private scoredCount = 0;

  constructor(options: Partial<DuplicateDetectorOptions> = {}, analyzer: TextAnalyzer = new TextAnalyzer()) {
    this.options = { ...DEFAULT_DETECTOR_OPTIONS, ...options };
    this.analyzer = analyzer;
    const { hashes, bands, pairTerms } = this.options.shape;
    if (hashes % bands !== 0) throw new Error('shape.hashes must be a multiple of shape.bands');
    this.rows = hashes / bands;
    const matter = this.options.shape.matterKeys;
    this.stride = bands + (pairTerms * (pairTerms - 1)) / 2 + Math.max(matter, 4 * matter) + IDENTITY_SLOTS;
    this.q = {
      lookup: new Uint32Array(this.stride),
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
    };
  }

  /** Number of petitions in the index. */
  get size(): number {
    return this.count;
  }

  /** Bytes held by the index's typed arrays (excludes the id → row map). */
  get byteLength(): number {
    const columns = [
      this.receivedAt, this.repliedAt, this.state, this.signatures, this.shingleCounts, this.termHashes, this.termWeights,
      this.entityHashes, this.conceptHashes, this.nameHashes, this.nameAreas, this.regionHashes, this.identityChecks, this.groupRoot, this.previousInGroup, this.lastInGroup, this.visitStamp,
    ];
    return columns.reduce((sum, c) => sum + c.byteLength, 0) + this.keys.byteLength + this.petitionIds.byteLength + this.caseNumbers.byteLength;
  }

  /** Text features of a petition (the expensive part; ~0.5 ms). */
  features(petition: Pick<PetitionForDedup, 'subject' | 'text'>): DedupFeatures {
    return dedupFeatures(this.analyzer.analyze(petition), this.options.shape);
  }

  /** Decides and stores: the call for each new petition. Returns the record to persist. */
  process(petition: PetitionForDedup, features: DedupFeatures = this.features(petition)): { decision: DuplicateDecision; record: StoredPetitionSignature } {
    const decision = this.decide(petition, features);
    const record = this.recordOf(petition, features, decision.groupId);
    this.add(record, features);
    return { decision, record };
  }

  /**
   * The stored form of a petition, for a caller that decides first, persists its decision, and
   * only then adds the petition to the index (`decide` → write → `add(recordOf(…), features)`),
   * so that a failed write never leaves the index ahead of the database.
   */
  recordOf(petition: PetitionForDedup, features: DedupFeatures, groupId: string): StoredPetitionSignature {
    return {
      petitionId: petition.petitionId,
      caseNumber: petition.caseNumber,
      receivedAt: new Date(petition.receivedAt).toISOString(),
      channel: petition.channel,
      identity: { ...petition.identity },
      signature: Array.from(features.signature),
      shingleCount: features.shingleCount,
      terms: features.terms,
      keyEntities: features.keyEntities,
      ...(features.concepts ? { concepts: features.concepts } : {}),
      ...(features.names ? { names: features.names } : {}),
      ...(features.regions ? { regions: features.regions } : {}),
      groupId,
      state: 'open',
    };
  }


  /** Decides without storing (a what-if for the registrar's screen). */
  decide(petition: PetitionForDedup, features: DedupFeatures = this.features(petition)): DuplicateDecision {
    const now = toMinutes(petition.receivedAt);
    const windowStart = now - this.options.windowDays * 24 * 60;
    const q = this.loadQuery(features, petition.identity);
    const stamp = this.nextStamp();
    const { maxPostingsPerKey, maxVerified, repeatThreshold, jointThreshold } = this.options;
    this.scoredCount = 0;
    let verified = 0;
    // Identity keys first (a person's own petitions are always compared), then bands, matter
    // keys and term pairs; each key's postings newest first, capped; verification capped.
    for (let k = 0; k < q.lookupCount && verified < maxVerified; k++) {
      let entry = this.keys.head(q.lookup[k]);
      for (let n = 0; entry !== -1 && n < maxPostingsPerKey && verified < maxVerified; n++, entry = this.keys.nextOf(entry)) {
        const doc = (entry / this.stride) | 0;
        if (this.visitStamp[doc] === stamp) continue;
        this.visitStamp[doc] = stamp;
        if (this.receivedAt[doc] < windowStart || this.receivedAt[doc] > now + 24 * 60) continue;
        verified++;
        const samePerson = this.samePerson(q.identity, doc);
        const similarity = this.similarity(q, doc);
        if (similarity >= (samePerson ? repeatThreshold : jointThreshold) * 0.8) this.keepScored(doc, similarity, samePerson);
      }
    }
    const order = this.sortedScored();
    const candidates = order.slice(0, 5).map((i) => ({ ...this.ref(this.scoredDocs[i]), similarity: round(this.scoredSimilarity[i]), samePerson: this.scoredSamePerson[i] === 1 }));

    const repeatAt = order.find((i) => this.scoredSamePerson[i] === 1 && this.scoredSimilarity[i] >= repeatThreshold);
    const jointAt = order.find((i) => this.scoredSimilarity[i] >= jointThreshold);
    const chosenAt = repeatAt ?? jointAt;
    if (chosenAt === undefined) return { relation: 'new', similarity: 0, possibleReview: false, groupId: petition.petitionId, candidates };
    const chosen = this.scoredDocs[chosenAt];
    const chosenSimilarity = this.scoredSimilarity[chosenAt];
    const identity = Array.from(q.identity);

    const root = this.groupRoot[chosen];
    // Same matter through another petition of the group by the same person is a repeat too.
    const relation: DuplicateRelation = repeatAt !== undefined || this.groupHasPerson(root, identity) ? 'repeat' : 'joint';
    const linked = this.caseToLink(root);
    const repliedAt = this.repliedAt[linked];
    const possibleReview = this.state[linked] !== STATE_CODE.open && repliedAt > 0 && now - repliedAt <= this.options.reviewWindowDays * 24 * 60;
    return {
      relation,
      linkedTo: this.ref(linked),
      matched: { ...this.ref(chosen), similarity: round(chosenSimilarity), samePerson: this.scoredSamePerson[chosenAt] === 1 },
      similarity: round(chosenSimilarity),
      possibleReview,
      groupId: this.petitionIds.get(root),
      groupEscalation: this.groupEscalation(root, now, identity, petition.petitionId),
      candidates,
    };
  }

  /** Keeps a verified candidate; when the pool is full the weakest one makes room. */
  private keepScored(doc: number, similarity: number, samePerson: boolean): void {
    let at = this.scoredCount;
    if (at === SCORED_SLOTS) {
      at = 0;
      for (let i = 1; i < SCORED_SLOTS; i++) if (this.scoredSimilarity[i] < this.scoredSimilarity[at]) at = i;
      if (this.scoredSimilarity[at] >= similarity && !samePerson) return;
    } else this.scoredCount++;
    this.scoredDocs[at] = doc;
    this.scoredSimilarity[at] = similarity;
    this.scoredSamePerson[at] = samePerson ? 1 : 0;
  }

  /** Indexes of the kept candidates, best first (ties: newer first). */
  private sortedScored(): number[] {
    const order: number[] = [];
    for (let i = 0; i < this.scoredCount; i++) order.push(i);
    return order.sort((a, b) => this.scoredSimilarity[b] - this.scoredSimilarity[a] || this.scoredDocs[b] - this.scoredDocs[a]);
  }

  /** Adds a persisted record (start-up restore, or after `decide`). Its group must already be known or be itself. */
  add(record: StoredPetitionSignature, features?: Pick<DedupFeatures, 'signature'>): void {
    if (this.docById.has(record.petitionId)) return; // redelivered event: no second effect
    const doc = this.count;
    this.ensureCapacity(doc + 1);
    this.count++;
    this.docById.set(record.petitionId, doc);
    this.petitionIds.push(record.petitionId);
    this.caseNumbers.push(record.caseNumber ?? '');
    this.receivedAt[doc] = toMinutes(record.receivedAt);
    this.state[doc] = STATE_CODE[record.state];
    this.repliedAt[doc] = record.repliedAt ? toMinutes(record.repliedAt) : 0;
    const signature = features?.signature ?? Uint32Array.from(record.signature);
    const k = this.options.shape.hashes;
    for (let i = 0; i < k; i++) this.signatures[doc * k + i] = signature[i] & 0xffff;
    this.shingleCounts[doc] = Math.min(record.shingleCount, 0xffff);
    const t = this.options.shape.terms;
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
    const rootDoc = this.docById.get(record.groupId) ?? doc;
    this.groupRoot[doc] = rootDoc;
    this.previousInGroup[doc] = rootDoc === doc ? NO_DOC : this.lastInGroup[rootDoc];
    this.lastInGroup[rootDoc] = doc;
    // Lookup keys.
    const base = doc * this.stride;
    const { bands, pairTerms } = this.options.shape;
    for (let b = 0; b < bands; b++) this.keys.add(bandKey(signature, b, this.rows), base + b);
    const pairs = termPairs(record.terms, pairTerms);
    pairs.forEach((pair, i) => this.keys.add(indexHash('t', pair), base + bands + i));
    const matterBase = base + bands + (pairTerms * (pairTerms - 1)) / 2;
    matterKeys(record.names, record.concepts, this.options.shape.matterKeys).forEach((key, i) => this.keys.add(indexHash('n', key), matterBase + i));
    const identityBase = base + this.stride - IDENTITY_SLOTS;
    IDENTITY_KINDS.forEach((kind, i) => {
      const value = record.identity[kind];
      if (value) this.keys.add(indexHash(kind, value), identityBase + i);
    });
  }

  /** Rebuilds the index from a store (records oldest first). */
  async restore(records: AsyncIterable<StoredPetitionSignature> | Iterable<StoredPetitionSignature>): Promise<number> {
    let n = 0;
    for await (const record of records) {
      this.add(record);
      n++;
    }
    return n;
  }

  /** `case.replied`: the case has an answer (starts the 30-day review window). */
  markReplied(petitionId: string, at: Date | string): boolean {
    return this.setState(petitionId, 'replied', at);
  }

  /** `case.closed` / `petition.concluded`: no longer a case to link new repeats to. */
  markClosed(petitionId: string, at?: Date | string): boolean {
    return this.setState(petitionId, 'closed', at);
  }

  /** `case.reopened`: open again (sent back or dissatisfied). */
  markReopened(petitionId: string): boolean {
    return this.setState(petitionId, 'open');
  }

  /** The current state of a stored petition, or undefined. */
  stateOf(petitionId: string): { state: CaseState; groupId: string } | undefined {
    const doc = this.docById.get(petitionId);
    if (doc === undefined) return undefined;
    return { state: STATE_NAME[this.state[doc]], groupId: this.petitionIds.get(this.groupRoot[doc]) };
  }

  private setState(petitionId: string, state: CaseState, at?: Date | string): boolean {
    const doc = this.docById.get(petitionId);
    if (doc === undefined) return false;
    this.state[doc] = STATE_CODE[state];
    if (state === 'replied' && at) this.repliedAt[doc] = toMinutes(at);
    return true;
  }

  /** Fills the reused query buffers from a petition's features and identity. */
  private loadQuery(features: DedupFeatures, identity: PetitionerIdentity): QueryBuffers {
    const q = this.q;
    const { bands, pairTerms, hashes, terms, matterKeys: matter } = this.options.shape;
    let n = 0;
    // Identity first: a person's own earlier petitions must be compared before any cap bites.
    for (const kind of IDENTITY_KINDS) if (identity[kind]) q.lookup[n++] = indexHash(kind, identity[kind]);
    for (let b = 0; b < bands; b++) q.lookup[n++] = bandKey(features.signature, b, this.rows);
    for (const key of matterKeys(features.names, features.concepts, matter)) q.lookup[n++] = indexHash('n', key);
    for (const pair of termPairs(features.terms, pairTerms)) q.lookup[n++] = indexHash('t', pair);
    q.lookupCount = n;
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
    return q;
  }

  /**
   * Similarity of the query to a stored petition, 0–1 (weights {@link W}): character
   * containment (near-copies, a short record of a long post) and key-term cosine
   * (paraphrases), plus the matter evidence — a shared name with a shared kind of problem —
   * minus conflicts (both name places or problems, none in common).
   */
  private similarity(q: QueryBuffers, doc: number): number {
    const k = this.options.shape.hashes;
    let equal = 0;
    const base = doc * k;
    for (let i = 0; i < k; i++) if (this.signatures[base + i] === q.signature[i]) equal++;
    const jaccard = equal / k;
    const containment = containmentFromJaccard(jaccard, q.shingleCount, this.shingleCounts[doc]);
    const t = this.options.shape.terms;
    let cosine = 0;
    for (let i = 0; i < t; i++) {
      const h = this.termHashes[doc * t + i];
      if (h === 0) break;
      const w = q.terms.get(h);
      if (w > 0) cosine += w * (this.termWeights[doc * t + i] / 255);
    }
    overlap(this.conceptHashes, doc * CONCEPT_SLOTS, CONCEPT_SLOTS, q.concepts, q.conceptCount);
    const sharedConcepts = overlapCounts[0];
    const storedConcepts = overlapCounts[1];
    let storedNames = 0;
    let sharedNameBigrams = 0;
    for (let i = 0; i < NAME_SLOTS; i++) {
      const h = this.nameHashes[doc * NAME_SLOTS + i];
      if (h === 0) break;
      storedNames++;
      if (q.names.get(h) > 0) sharedNameBigrams++;
    }
    // Names are compared by their character bigrams: a name of the new petition with more than
    // half of its bigrams among the stored ones, or more than half of the stored bigrams among the
    // new ones, is a shared name (丽发新城小区 / 丽发新城, 二中 / 第二中学, 龙泉 / 停靠龙泉); the
    // shorter side's bigrams all in common (≥ 2) count twice. One bigram of two is a shared word
    // of two places (沫若大道 / 沫若幼儿园), not one place.
    const smaller = Math.min(storedNames, q.nameCount);
    const nameShare = smaller > 0 ? sharedNameBigrams / smaller : 0;
    // In another district (or city) a name in common is a namesake (two 滨河路, two 人民医院).
    const regionConflict = this.regionConflict(q, doc);
    const sharedNames = regionConflict
      ? 0
      : nameShare >= 0.99 && smaller >= 2
        ? 2
        : (storedNames > 0 && sharedNameBigrams * 2 > storedNames) || this.queryNameShared(q, doc, storedNames)
          ? 1
          : 0;
    let score = W.text * Math.max(containment, jaccard) + W.cosine * Math.min(1, cosine);
    // Dice share: one petition's single concept inside the other's three is not "the same problem".
    const dice = storedConcepts > 0 && q.conceptCount > 0 ? (2 * sharedConcepts) / (storedConcepts + q.conceptCount) : 0;
    // The first problem named is usually the one the petition is about; sharing it counts half.
    const samePrimary = storedConcepts > 0 && q.conceptCount > 0 && this.conceptHashes[doc * CONCEPT_SLOTS] === q.concepts[0] ? 1 : 0;
    const conceptShare = 0.5 * dice + 0.5 * samePrimary;
    // Both name problems and none is shared: the same place's other complaint, not this matter.
    const conceptConflict = storedConcepts > 0 && q.conceptCount > 0 && sharedConcepts === 0;
    score += W.concept * conceptShare;
    const areaOnly = this.nameAreas[doc] === 1 || q.nameArea;
    // Many matters happen in one town: a shared town counts only with (nearly) the same problems.
    if (sharedNames > 0 && areaOnly) score += dice >= 0.75 && samePrimary === 1 ? W.area * W.matter : 0;
    // The same place is no evidence of one matter when the main problems differ and most of the
    // problems are not shared either (same estate, other complaint).
    else if (sharedNames > 0) score += W.matter * conceptShare + (storedConcepts > 0 && q.conceptCount > 0 && samePrimary === 0 && dice <= 0.5 ? 0 : W.name * sharedNames);
    // A town against an estate or village may hold it: no conflict; two towns apart are one.
    else if (storedNames > 0 && q.nameCount > 0 && (this.nameAreas[doc] === 1) === q.nameArea) score -= W.nameConflict;
    else if (storedNames === 0 && q.nameCount === 0) score += W.unnamed * W.matter * conceptShare;
    if (conceptConflict) score -= W.conceptConflict;
    if (regionConflict) score -= W.regionConflict;
    return Math.max(0, Math.min(1, score));
  }

  /** Whether one of the query's names has more than half of its bigrams among the stored row's. */
  private queryNameShared(q: QueryBuffers, doc: number, storedNames: number): boolean {
    if (storedNames === 0) return false;
    const base = doc * NAME_SLOTS;
    for (const group of q.nameGroups) {
      let hits = 0;
      for (const bigram of group) {
        for (let i = 0; i < storedNames; i++) {
          if (this.nameHashes[base + i] === bigram) {
            hits++;
            break;
          }
        }
      }
      if (hits * 2 > group.length) return true;
    }
    return false;
  }

  /**
   * Both name a region of one level (district/county, city, province) and share none of that
   * level: 沙湾区 against k3县, e市 against a市. A district against a city is no conflict.
   */
  private regionConflict(q: QueryBuffers, doc: number): boolean {
    if (q.regionCount === 0 || this.regionHashes[doc * REGION_SLOTS] === 0) return false;
    for (const level of REGION_LEVELS) {
      let queryHas = false;
      let storedHas = false;
      let shared = false;
      for (let i = 0; i < REGION_SLOTS; i++) {
        const h = this.regionHashes[doc * REGION_SLOTS + i];
        if (h === 0) break;
        if ((h & 3) !== level) continue;
        storedHas = true;
        for (let j = 0; j < q.regionCount; j++) if (q.regions[j] === h) shared = true;
      }
      for (let j = 0; j < q.regionCount; j++) if ((q.regions[j] & 3) === level) queryHas = true;
      if (queryHas && storedHas && !shared) return true;
    }
    return false;
  }

  /**
   * Same petitioner? A strong key (phone, ID number, e-mail) decides; the weak name+address key
   * counts only when no strong key of the same kind contradicts it. Anonymous: never.
   */
  private samePerson(query: ArrayLike<number>, doc: number): boolean {
    const base = doc * IDENTITY_SLOTS;
    let strongConflict = false;
    for (let i = 0; i < IDENTITY_SLOTS - 1; i++) {
      const a = query[i];
      const b = this.identityChecks[base + i];
      if (a && b) {
        if (a === b) return true;
        strongConflict = true;
      }
    }
    const weak = IDENTITY_SLOTS - 1;
    return !strongConflict && query[weak] !== 0 && query[weak] === this.identityChecks[base + weak];
  }

  private groupHasPerson(root: number, query: number[]): boolean {
    if (!query.some((v) => v !== 0)) return false;
    for (let doc = this.lastInGroup[root], n = 0; doc !== NO_DOC && n < 10_000; doc = this.previousInGroup[doc], n++) {
      if (this.samePerson(query, doc)) return true;
      if (doc === root) break;
    }
    return false;
  }

  /** The earliest open case of the group; if all are replied/closed, the latest one (its answer stands). */
  private caseToLink(root: number): number {
    let earliestOpen = NO_DOC;
    const latest = this.lastInGroup[root];
    for (let doc = latest, n = 0; doc !== NO_DOC && n < 10_000; doc = this.previousInGroup[doc], n++) {
      if (this.state[doc] === STATE_CODE.open) earliestOpen = doc;
      if (doc === root) break;
    }
    return earliestOpen !== NO_DOC ? earliestOpen : latest;
  }

  /**
   * Distinct petitioners of the group within the group window, the new one included. People
   * are told apart by their strongest key; anonymous petitions together count as one person,
   * since nothing shows they are several.
   */
  private groupEscalation(root: number, now: number, query: number[], newPetitionId: string): DuplicateDecision['groupEscalation'] {
    const since = now - this.options.groupWindowDays * 24 * 60;
    const people = new Set<string>([personKey(query)]);
    const ids = [newPetitionId];
    for (let doc = this.lastInGroup[root], n = 0; doc !== NO_DOC && n < 10_000; doc = this.previousInGroup[doc], n++) {
      if (this.receivedAt[doc] >= since && this.receivedAt[doc] <= now) {
        people.add(personKey(Array.from(this.identityChecks.subarray(doc * IDENTITY_SLOTS, (doc + 1) * IDENTITY_SLOTS))));
        ids.push(this.petitionIds.get(doc));
      }
      if (doc === root) break;
    }
    if (people.size < this.options.groupMinPetitioners) return undefined;
    return { petitioners: people.size, windowDays: this.options.groupWindowDays, petitionIds: ids.reverse() };
  }

  private ref(doc: number): CaseRef {
    const caseNumber = this.caseNumbers.get(doc);
    return caseNumber ? { petitionId: this.petitionIds.get(doc), caseNumber } : { petitionId: this.petitionIds.get(doc) };
  }

  private nextStamp(): number {
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
    const { hashes, terms } = this.options.shape;
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

/** The reused buffers of one decision's query. */
interface QueryBuffers {
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
}

/**
 * A tiny open-addressing map from 32-bit hashes (never 0) to weights, for the query's terms and
 * name bigrams: one probe per stored value instead of a scan of the query's list.
 */
class SmallHashMap {
  private readonly keys = new Uint32Array(64);
  private readonly values = new Float64Array(64);
  size = 0;

  clear(): void {
    this.keys.fill(0);
    this.size = 0;
  }

  set(key: number, value: number): void {
    let slot = Math.imul(key, 0x9e3779b1) >>> 26;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & 63;
    if (this.keys[slot] === 0) this.size++;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  /** The weight of `key`, or −1 when absent. */
  get(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> 26;
    for (;;) {
      const k = this.keys[slot];
      if (k === key) return this.values[slot];
      if (k === 0) return -1;
      slot = (slot + 1) & 63;
    }
  }
}

/** Region levels as held in a region hash's low two bits (see regionHash). */
const REGION_LEVELS = [1, 2, 3];

/** A region's hash with its level (p 1, c 2, d 3) in the low two bits, never 0. */
function regionHash(region: string): number {
  const level = region.startsWith('p:') ? 1 : region.startsWith('c:') ? 2 : 3;
  return ((hashString(region) & ~3) | level) >>> 0;
}

/** Writes the hashes of up to `target.length` values; returns how many. */
function fillHashes(target: Uint32Array, values: readonly string[]): number {
  const n = Math.min(target.length, values.length);
  for (let i = 0; i < n; i++) target[i] = hashString(values[i]) || 1;
  return n;
}

/** Result of {@link overlap}: [shared, stored] (a scratch pair, so the hot loop allocates nothing). */
const overlapCounts = new Int32Array(2);

/** How many of a stored row's hashes (0-terminated) are among the query's → overlapCounts. */
function overlap(column: Uint32Array, offset: number, slots: number, query: Uint32Array, queryCount: number): void {
  let shared = 0;
  let stored = 0;
  for (let i = 0; i < slots; i++) {
    const h = column[offset + i];
    if (h === 0) break;
    stored++;
    for (let j = 0; j < queryCount; j++) {
      if (query[j] === h) {
        shared++;
        break;
      }
    }
  }
  overlapCounts[0] = shared;
  overlapCounts[1] = stored;
}

/** The person a row stands for: strongest key first; all anonymous rows are one "person". */
function personKey(checks: number[]): string {
  for (let i = 0; i < checks.length; i++) if (checks[i]) return `${i}:${checks[i]}`;
  return 'anonymous';
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
