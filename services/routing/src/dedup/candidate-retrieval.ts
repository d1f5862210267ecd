/**
 * Candidate retrieval (the first of two stages; the scoring policy is the second): one chained
 * multimap of 32-bit lookup keys — blind identity keys, MinHash LSH bands, matter keys (a name
 * bigram × a problem concept) and key-term pairs — whose postings are walked newest first,
 * capped per key and in total, and a fixed pool of the best verified candidates. Each row owns
 * `stride` consecutive entry numbers (entry / stride = row), so a posting needs no object.
 */
import { hashString } from '../text/shingles';
import { ChainedMultimap } from './chained-multimap';
import { bandKey, IDENTITY_KINDS, matterKeys, termPairs, type SignatureShape } from './dedup-features';
import { IDENTITY_SLOTS, type DedupColumns } from './dedup-columns';
import { type DuplicateDetectorOptions } from './duplicate-decision';
import { type QueryBuffers } from './dedup-query';
import { type DedupFeatures, type PetitionerIdentity, type StoredPetitionSignature } from './petition-signature';
import * as scoring from './scoring-policy';
import { type VectorNeighbours } from './sentence-vectors';

// Bound once at load: compiled to CommonJS, an imported function is read through a getter of
// the module's exports at every call, and the verification loop below runs up to maxVerified
// (2,500) times per decision (measured: decisions at 1M stored ~5 % slower without this).
const { pairSimilarity, samePerson, worthKeeping } = scoring;

/** Candidates kept per decision for the final choice (best first after sorting). */
const SCORED_SLOTS = 256;

/** Two 32-bit hashes of one key: this one finds it in the index, checkHash confirms it on a record. */
const indexHash = (kind: string, value: string) => hashString(`${kind}:${value}`, 0x1d3a7);

/** The verified candidates of one decision, reused by every decision. */
export class CandidatePool {
  readonly docs = new Int32Array(SCORED_SLOTS);
  readonly similarity = new Float64Array(SCORED_SLOTS);
  readonly samePerson = new Uint8Array(SCORED_SLOTS);
  count = 0;

  /** Keeps a verified candidate; when the pool is full the weakest one makes room. */
  keep(doc: number, similarity: number, samePerson: boolean): void {
    let at = this.count;
    if (at === SCORED_SLOTS) {
      at = 0;
      for (let i = 1; i < SCORED_SLOTS; i++) if (this.similarity[i] < this.similarity[at]) at = i;
      if (this.similarity[at] >= similarity && !samePerson) return;
    } else this.count++;
    this.docs[at] = doc;
    this.similarity[at] = similarity;
    this.samePerson[at] = samePerson ? 1 : 0;
  }

  /** Indexes of the kept candidates, best first (ties: newer first). */
  sorted(): number[] {
    const order: number[] = [];
    for (let i = 0; i < this.count; i++) order.push(i);
    return order.sort((a, b) => this.similarity[b] - this.similarity[a] || this.docs[b] - this.docs[a]);
  }
}

export class CandidateIndex {
  /** Lookup keys per row: bands, term pairs, matter keys (room for 4× the configured count), identity kinds. */
  readonly stride: number;
  private readonly rows: number;
  private readonly keys = new ChainedMultimap();

  constructor(private readonly shape: SignatureShape) {
    const { hashes, bands, pairTerms } = shape;
    if (hashes % bands !== 0) throw new Error('shape.hashes must be a multiple of shape.bands');
    this.rows = hashes / bands;
    const matter = shape.matterKeys;
    this.stride = bands + (pairTerms * (pairTerms - 1)) / 2 + Math.max(matter, 4 * matter) + IDENTITY_SLOTS;
  }

  /** Bytes held by the multimap's typed arrays. */
  get byteLength(): number {
    return this.keys.byteLength;
  }

  /** Indexes row `doc` under every lookup key of its record. */
  addKeys(record: StoredPetitionSignature, signature: ArrayLike<number>, doc: number): void {
    const base = doc * this.stride;
    const { bands, pairTerms } = this.shape;
    for (let b = 0; b < bands; b++) this.keys.add(bandKey(signature, b, this.rows), base + b);
    const pairs = termPairs(record.terms, pairTerms);
    pairs.forEach((pair, i) => this.keys.add(indexHash('t', pair), base + bands + i));
    const matterBase = base + bands + (pairTerms * (pairTerms - 1)) / 2;
    matterKeys(record.names, record.concepts, this.shape.matterKeys).forEach((key, i) => this.keys.add(indexHash('n', key), matterBase + i));
    const identityBase = base + this.stride - IDENTITY_SLOTS;
    IDENTITY_KINDS.forEach((kind, i) => {
      const value = record.identity[kind];
      if (value) this.keys.add(indexHash(kind, value), identityBase + i);
    });
  }

  /** Fills the query's lookup keys, in the order they are read. */
  loadLookup(q: QueryBuffers, features: DedupFeatures, identity: PetitionerIdentity): void {
    const { bands, pairTerms, matterKeys: matter } = this.shape;
    let n = 0;
    // Identity first: a person's own earlier petitions must be compared before any cap bites.
    for (const kind of IDENTITY_KINDS) if (identity[kind]) q.lookup[n++] = indexHash(kind, identity[kind]);
    for (let b = 0; b < bands; b++) q.lookup[n++] = bandKey(features.signature, b, this.rows);
    for (const key of matterKeys(features.names, features.concepts, matter)) q.lookup[n++] = indexHash('n', key);
    for (const pair of termPairs(features.terms, pairTerms)) q.lookup[n++] = indexHash('t', pair);
    q.lookupCount = n;
  }

  /**
   * Verifies the petitions the query's keys lead to — each once, within the time window — and
   * keeps the plausible ones in `pool` (emptied first). `now` is in minutes (see toMinutes).
   */
  gather(q: QueryBuffers, c: DedupColumns, pool: CandidatePool, now: number, options: DuplicateDetectorOptions, neighbours?: VectorNeighbours, embedding?: Float32Array): void {
    const windowStart = now - options.windowDays * 24 * 60;
    const stamp = c.nextStamp();
    const { maxPostingsPerKey, maxVerified, repeatThreshold, jointThreshold } = options;
    pool.count = 0;
    let verified = 0;
    // Identity keys first (a person's own petitions are always compared), then bands, matter
    // keys and term pairs; each key's postings newest first, capped; verification capped.
    for (let k = 0; k < q.lookupCount && verified < maxVerified; k++) {
      let entry = this.keys.head(q.lookup[k]);
      for (let n = 0; entry !== -1 && n < maxPostingsPerKey && verified < maxVerified; n++, entry = this.keys.nextOf(entry)) {
        const doc = (entry / this.stride) | 0;
        if (c.visitStamp[doc] === stamp) continue;
        c.visitStamp[doc] = stamp;
        if (c.receivedAt[doc] < windowStart || c.receivedAt[doc] > now + 24 * 60) continue;
        verified++;
        const same = samePerson(q.identity, c, doc);
        const similarity = pairSimilarity(q, c, this.shape, doc, same, options.model);
        if (worthKeeping(similarity, same, repeatThreshold, jointThreshold)) pool.keep(doc, similarity, same);
      }
    }
    if (neighbours && q.vector.scale > 0 && embedding) {
      // Meaning: the nearest stored petitions by sentence embedding, which may share no word
      // with the query (the same matter told by another person) — verified like the others.
      const found = neighbours.search(embedding, options.vectorCandidates);
      for (const doc of found.docs) {
        if (c.visitStamp[doc] === stamp) continue;
        c.visitStamp[doc] = stamp;
        if (c.receivedAt[doc] < windowStart || c.receivedAt[doc] > now + 24 * 60) continue;
        const same = samePerson(q.identity, c, doc);
        const similarity = pairSimilarity(q, c, this.shape, doc, same, options.model);
        if (worthKeeping(similarity, same, repeatThreshold, jointThreshold)) pool.keep(doc, similarity, same);
      }
    }
  }
}
