/**
 * The duplicate detector's facade: the one class the routing service, the evaluation and the
 * benchmark use. It assembles the parts, each in its own file:
 *   - duplicate-decision.ts   options (thresholds, windows, caps) and the decision's shape
 *   - dedup-columns.ts        column storage, one typed-array row per stored petition
 *   - dedup-query.ts          the new petition in reused query buffers
 *   - candidate-retrieval.ts  lookup keys (identity, LSH bands, matter, term pairs), candidate pool
 *   - scoring-policy.ts       pair score, same person, thresholds, which candidate decides
 *   - matter-groups.ts        group chains, the case to link, group escalation
 *   - candidate-search.ts     duplicate hints for a text being typed (read-only)
 */
import { namedPlaces, placeKey } from '../text/named-places';
import { TextAnalyzer } from '../text/text-analyzer';
import { CandidateIndex, CandidatePool } from './candidate-retrieval';
import { rankCandidates, type CandidateSearchOptions, type MatterCandidate } from './candidate-search';
import { DedupColumns, toMinutes } from './dedup-columns';
import { dedupFeatures } from './dedup-features';
import { createQueryBuffers, loadQueryFeatures, type QueryBuffers } from './dedup-query';
import { DEFAULT_DETECTOR_OPTIONS, type DuplicateDecision, type DuplicateDetectorOptions, type DuplicateRelation } from './duplicate-decision';
import { caseToLink, groupEscalation, groupHasPerson, joinGroup, leaveGroup } from './matter-groups';
import { type CaseState, type DedupFeatures, type PetitionForDedup, type StoredPetitionSignature } from './petition-signature';
import { jointMatch, pairEvidence, possibleReview, repeatMatch, round, samePerson } from './scoring-policy';
import { dequantize, fromStoredVector, quantize, toStoredVector, VectorNeighbours } from './sentence-vectors';

export {
  DEFAULT_DETECTOR_OPTIONS,
  type CaseRef,
  type DuplicateCandidate,
  type DuplicateDecision,
  type DuplicateDetectorOptions,
  type DuplicateRelation,
} from './duplicate-decision';
export { CANDIDATE_REASONS, type CandidateReason, type CandidateSearchOptions, type MatterCandidate } from './candidate-search';

/** The pair model's probability from which a stored petition is shown as a duplicate hint. */
const HINT_PROBABILITY = 0.3;

/** Duplicate hints need no identity: the typed text of a call carries no blind index. */
const NO_IDENTITY = {};

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
  private readonly index: CandidateIndex;
  private readonly columns: DedupColumns;
  // Query buffers and candidate pool, reused by every decision so that the query path allocates (almost) nothing.
  private readonly q: QueryBuffers;
  private readonly pool = new CandidatePool();
  /** HNSW over the stored embeddings, made when the first one arrives. */
  private neighbours?: VectorNeighbours;

  constructor(options: Partial<DuplicateDetectorOptions> = {}, analyzer: TextAnalyzer = new TextAnalyzer()) {
    this.options = { ...DEFAULT_DETECTOR_OPTIONS, ...options };
    this.analyzer = analyzer;
    this.index = new CandidateIndex(this.options.shape);
    this.columns = new DedupColumns(this.options.shape);
    this.q = createQueryBuffers(this.index.stride, this.options.shape.hashes);
  }

  /** Number of petitions in the index. */
  get size(): number {
    return this.columns.count;
  }

  /** Bytes held by the index's typed arrays (excludes the id → row map). */
  get byteLength(): number {
    return this.columns.byteLength + this.index.byteLength;
  }

  /** Stored petitions with an embedding in the nearest-neighbour graph. */
  get embedded(): number {
    return this.neighbours?.size ?? 0;
  }

  /** Text features of a petition (the expensive part; ~0.5 ms). */
  features(petition: Pick<PetitionForDedup, 'subject' | 'text'>): DedupFeatures {
    const places = namedPlaces(petition.subject ? `${petition.subject}。${petition.text}` : petition.text);
    return { ...dedupFeatures(this.analyzer.analyze(petition), this.options.shape), ...(places.length ? { places: places.map(placeKey) } : {}) };
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
      ...(features.embedding ? { embedding: toStoredVector(quantize(features.embedding)) } : {}),
      ...(features.problemEmbedding ? { problemEmbedding: toStoredVector(quantize(features.problemEmbedding)) } : {}),
      ...(features.places ? { places: features.places } : {}),
      groupId,
      state: 'open',
    };
  }

  /** Decides without storing (a what-if for the registrar's screen). */
  decide(petition: PetitionForDedup, features: DedupFeatures = this.features(petition)): DuplicateDecision {
    const now = toMinutes(petition.receivedAt);
    const { q, pool, columns } = this;
    this.index.loadLookup(q, features, petition.identity);
    loadQueryFeatures(q, features, petition.identity, this.options.shape.hashes, this.options.shape.terms);
    q.at = now;
    this.index.gather(q, columns, pool, now, this.options, this.neighbours, features.embedding);
    const { repeatThreshold, jointThreshold } = this.options;
    const order = pool.sorted();
    const candidates = order.slice(0, 5).map((i) => ({ ...columns.ref(pool.docs[i]), similarity: round(pool.similarity[i]), samePerson: pool.samePerson[i] === 1 }));

    const repeatAt = repeatMatch(pool, order, repeatThreshold);
    const chosenAt = repeatAt ?? jointMatch(pool, order, jointThreshold);
    if (chosenAt === undefined) return { relation: 'new', similarity: 0, possibleReview: false, groupId: petition.petitionId, candidates };
    const chosen = pool.docs[chosenAt];
    const chosenSimilarity = pool.similarity[chosenAt];
    const identity = Array.from(q.identity);

    const root = columns.groupRoot[chosen];
    // Same matter through another petition of the group by the same person is a repeat too.
    const relation: DuplicateRelation = repeatAt !== undefined || groupHasPerson(columns, root, identity) ? 'repeat' : 'joint';
    const linked = caseToLink(columns, root);
    return {
      relation,
      linkedTo: columns.ref(linked),
      matched: { ...columns.ref(chosen), similarity: round(chosenSimilarity), samePerson: pool.samePerson[chosenAt] === 1 },
      similarity: round(chosenSimilarity),
      possibleReview: possibleReview(columns, linked, now, this.options.reviewWindowDays),
      groupId: columns.petitionIds.get(root),
      groupEscalation: groupEscalation(columns, root, now, identity, petition.petitionId, this.options),
      candidates,
    };
  }

  /**
   * Registered petitions that look like the same matter as a text being typed (duplicate hints
   * for a hotline operator), best first: the candidates `decide` would verify for it, scored the
   * same way without identity, from the keep-from-80 % rule of the joint threshold up, each with
   * the case its matter group links to. Reads the index only: nothing is added or changed.
   */
  searchCandidates(text: Pick<PetitionForDedup, 'subject' | 'text'>, options: CandidateSearchOptions = {}): MatterCandidate[] {
    const features = this.features(text);
    if (options.embedding) features.embedding = options.embedding;
    if (options.problemEmbedding) features.problemEmbedding = options.problemEmbedding;
    const { q, pool, columns } = this;
    this.index.loadLookup(q, features, NO_IDENTITY);
    loadQueryFeatures(q, features, NO_IDENTITY, this.options.shape.hashes, this.options.shape.terms);
    q.at = toMinutes(options.at ?? new Date());
    // A hint only asks the operator to check: scored by the pair model, a lower bar than a link.
    const bar = this.options.model && q.vector.scale > 0 ? HINT_PROBABILITY : this.options.jointThreshold * 0.8;
    this.index.gather(q, columns, pool, q.at, { ...this.options, jointThreshold: bar / 0.8 }, this.neighbours, features.embedding);
    return rankCandidates(pool, columns, bar, options.limit ?? 5);
  }

  /**
   * The evidence of every pair a decision would verify (up to the pool's size, best first by the
   * current score, thresholds ignored): training rows for the pair model. Reads only.
   */
  evidence(petition: PetitionForDedup, features: DedupFeatures = this.features(petition)): { petitionId: string; evidence: number[] }[] {
    const { q, pool, columns } = this;
    const now = toMinutes(petition.receivedAt);
    this.index.loadLookup(q, features, petition.identity);
    loadQueryFeatures(q, features, petition.identity, this.options.shape.hashes, this.options.shape.terms);
    q.at = now;
    this.index.gather(q, columns, pool, now, { ...this.options, repeatThreshold: 0, jointThreshold: 0 }, this.neighbours, features.embedding);
    return pool.sorted().map((i) => {
      const doc = pool.docs[i];
      return { petitionId: columns.petitionIds.get(doc), evidence: Array.from(pairEvidence(q, columns, this.options.shape, doc, samePerson(q.identity, columns, doc))) };
    });
  }

  /** Adds a persisted record (start-up restore, or after `decide`). Its group must already be known or be itself. */
  add(record: StoredPetitionSignature, features?: Pick<DedupFeatures, 'signature' | 'embedding'>): void {
    if (this.columns.docById.has(record.petitionId)) return; // redelivered event: no second effect
    const signature = features?.signature ?? Uint32Array.from(record.signature);
    const doc = this.columns.append(record, signature);
    joinGroup(this.columns, doc, this.columns.docById.get(record.groupId) ?? doc);
    this.index.addKeys(record, signature, doc);
    if (record.embedding) {
      const vector = features?.embedding ?? dequantize(fromStoredVector(record.embedding));
      (this.neighbours ??= new VectorNeighbours(vector.length)).add(doc, vector);
    }
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
    return this.columns.setState(petitionId, 'replied', at);
  }

  /** `case.closed` / `petition.concluded`: no longer a case to link new repeats to. */
  markClosed(petitionId: string, at?: Date | string): boolean {
    return this.columns.setState(petitionId, 'closed', at);
  }

  /** `case.reopened`: open again (sent back or dissatisfied). */
  markReopened(petitionId: string): boolean {
    return this.columns.setState(petitionId, 'open');
  }

  /** A wrong link undone by a registrar: the petition leaves its matter group for one of its own (its stored groupId becomes its own id). */
  unlink(petitionId: string): boolean {
    const doc = this.columns.docById.get(petitionId);
    return doc !== undefined && leaveGroup(this.columns, doc);
  }

  /** The current state of a stored petition, or undefined. */
  stateOf(petitionId: string): { state: CaseState; groupId: string } | undefined {
    return this.columns.stateOf(petitionId);
  }
}
