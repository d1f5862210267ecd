/**
 * The scoring policy of duplicate detection: how similar a stored petition is to the new one
 * (the verifier score and its weights), whether both come from the same person, which
 * candidates are worth keeping, and which kept candidate decides the relation (repeat before
 * joint, each at its threshold) and whether the linked case may be up for 复查. Every function
 * here runs in the query path over the columns and the query buffers: no allocation per pair.
 */
import { comparePlaces } from '../text/named-places';
import { containmentFromJaccard } from './minhash';
import { type SignatureShape } from './dedup-features';
import { CONCEPT_SLOTS, IDENTITY_SLOTS, NAME_SLOTS, REGION_LEVELS, REGION_SLOTS, STATE_CODE, type DedupColumns } from './dedup-columns';
import { type QueryBuffers } from './dedup-query';
import { type CandidatePool } from './candidate-retrieval';

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

/**
 * The evidence about one pair, as numbers (see {@link EVIDENCE_FEATURES}): what the learned
 * model weighs, and what the hand-weighted score of {@link W} is computed from.
 */
export const EVIDENCE_FEATURES = [
  'text', // character containment or Jaccard, whichever is higher
  'termCosine', // key-term tf·idf cosine
  'conceptShare', // ½ Dice of problem concepts + ½ same main problem
  'conceptDice',
  'samePrimary',
  'sharedNames', // 0, 1, or 2 (every name bigram of the shorter side shared)
  'sharedAreaOnly', // the shared name is a town-level area only
  'nameConflict', // both name places of the same level, none in common
  'bothUnnamed',
  'conceptConflict', // both name problems, none in common
  'regionConflict', // both name a district/city, none in common
  'embeddingCosine', // sentence-embedding cosine (0 when either has none)
  'hasEmbeddings', // 1 when both have one
  'samePerson',
  'daysApart', // log(1 + days between the two)
  'bothConcepts', // both name a problem concept
  'placeAgree', // kinds of named place (estate, village, road, school, business …) with a place in common
  'placeConflict', // kinds both name with no place in common: the neighbouring estate, another shop
  'problemCosine', // cosine of the embeddings with places masked: the same problem, wherever told
] as const;
export type EvidenceFeature = (typeof EVIDENCE_FEATURES)[number];
const F = Object.fromEntries(EVIDENCE_FEATURES.map((name, i) => [name, i])) as Record<EvidenceFeature, number>;

/** The evidence of the last pair scored (a scratch row: the hot loop allocates nothing). */
export const evidence = new Float64Array(EVIDENCE_FEATURES.length);

/**
 * A learned pair model: logistic regression over standardised evidence, trained offline with
 * group-wise cross-validation (services/routing/data/dedup-model.json). Its probability that
 * the two petitions are one matter replaces the hand-weighted score when both have embeddings.
 */
export interface PairModel {
  features: readonly EvidenceFeature[];
  mean: readonly number[];
  scale: readonly number[];
  coefficients: readonly number[];
  intercept: number;
  /** Other people's pairs less alike than this by embedding are not one matter (the model was trained above it). */
  minEmbeddingCosine?: number;
  /**
   * Where the hand-weighted score already links (a near restatement naming the same place and
   * problem), no named place conflicts and the model does not object (probability ≥ minProbability), the pair scores `score`
   * (the joint threshold): the two agree, so a group of near-identical complaints stays one matter.
   */
  handAgreement?: { handThreshold: number; minProbability: number; score: number };
}

/** Fills {@link evidence} for the query and stored row `doc`. */
export function pairEvidence(q: QueryBuffers, c: DedupColumns, shape: SignatureShape, doc: number, same: boolean): Float64Array {
  const k = shape.hashes;
  let equal = 0;
  const base = doc * k;
  for (let i = 0; i < k; i++) if (c.signatures[base + i] === q.signature[i]) equal++;
  const jaccard = equal / k;
  const containment = containmentFromJaccard(jaccard, q.shingleCount, c.shingleCounts[doc]);
  const t = shape.terms;
  let cosine = 0;
  for (let i = 0; i < t; i++) {
    const h = c.termHashes[doc * t + i];
    if (h === 0) break;
    const w = q.terms.get(h);
    if (w > 0) cosine += w * (c.termWeights[doc * t + i] / 255);
  }
  overlap(c.conceptHashes, doc * CONCEPT_SLOTS, CONCEPT_SLOTS, q.concepts, q.conceptCount);
  const sharedConcepts = overlapCounts[0];
  const storedConcepts = overlapCounts[1];
  let storedNames = 0;
  let sharedNameBigrams = 0;
  for (let i = 0; i < NAME_SLOTS; i++) {
    const h = c.nameHashes[doc * NAME_SLOTS + i];
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
  const regionConflict = regionsConflict(q, c, doc);
  const sharedNames = regionConflict
    ? 0
    : nameShare >= 0.99 && smaller >= 2
      ? 2
      : (storedNames > 0 && sharedNameBigrams * 2 > storedNames) || queryNameShared(q, c, doc, storedNames)
        ? 1
        : 0;
  // Dice share: one petition's single concept inside the other's three is not "the same problem".
  const dice = storedConcepts > 0 && q.conceptCount > 0 ? (2 * sharedConcepts) / (storedConcepts + q.conceptCount) : 0;
  // The first problem named is usually the one the petition is about; sharing it counts half.
  const samePrimary = storedConcepts > 0 && q.conceptCount > 0 && c.conceptHashes[doc * CONCEPT_SLOTS] === q.concepts[0] ? 1 : 0;
  const areaOnly = c.nameAreas[doc] === 1 || q.nameArea;
  const embedded = q.vector.scale > 0 && c.vectors.has(doc);
  evidence[F.text] = Math.max(containment, jaccard);
  evidence[F.termCosine] = Math.min(1, cosine);
  evidence[F.conceptShare] = 0.5 * dice + 0.5 * samePrimary;
  evidence[F.conceptDice] = dice;
  evidence[F.samePrimary] = samePrimary;
  evidence[F.sharedNames] = sharedNames;
  evidence[F.sharedAreaOnly] = sharedNames > 0 && areaOnly ? 1 : 0;
  // A town against an estate or village may hold it: no conflict; two towns apart are one.
  evidence[F.nameConflict] = sharedNames === 0 && storedNames > 0 && q.nameCount > 0 && (c.nameAreas[doc] === 1) === q.nameArea ? 1 : 0;
  evidence[F.bothUnnamed] = storedNames === 0 && q.nameCount === 0 ? 1 : 0;
  // Both name problems and none is shared: the same place's other complaint, not this matter.
  evidence[F.conceptConflict] = storedConcepts > 0 && q.conceptCount > 0 && sharedConcepts === 0 ? 1 : 0;
  evidence[F.regionConflict] = regionConflict ? 1 : 0;
  evidence[F.embeddingCosine] = embedded ? c.vectors.cosine(doc, q.vector) : 0;
  evidence[F.hasEmbeddings] = embedded ? 1 : 0;
  evidence[F.samePerson] = same ? 1 : 0;
  evidence[F.daysApart] = Math.log1p(Math.abs(q.at - c.receivedAt[doc]) / (24 * 60));
  evidence[F.bothConcepts] = storedConcepts > 0 && q.conceptCount > 0 ? 1 : 0;
  const stored = c.places[doc];
  if (stored && q.places.length) {
    const { agree, conflict } = comparePlaces(q.places, stored);
    evidence[F.placeAgree] = agree;
    evidence[F.placeConflict] = conflict;
  } else {
    evidence[F.placeAgree] = 0;
    evidence[F.placeConflict] = 0;
  }
  evidence[F.problemCosine] = q.problemVector.scale > 0 && c.problemVectors.has(doc) ? c.problemVectors.cosine(doc, q.problemVector) : 0;
  return evidence;
}

/**
 * Similarity of the query to a stored petition, 0–1: the learned model's probability when it
 * is given and both petitions have embeddings; otherwise the hand-weighted score — character
 * containment (near-copies, a short record of a long post) and key-term cosine (paraphrases),
 * plus the matter evidence (a shared name with a shared kind of problem), minus conflicts.
 */
export function pairSimilarity(q: QueryBuffers, c: DedupColumns, shape: SignatureShape, doc: number, same = false, model?: PairModel): number {
  const e = pairEvidence(q, c, shape, doc, same);
  // The model decides other people's pairs (joint: where look-alikes were linked); the same
  // person's own petitions keep the hand-weighted score and its low repeat threshold, which finds
  // a person's restated matter on held-out sets (repeat P 1.00 / R 0.98).
  if (model && !same && e[F.hasEmbeddings] === 1) {
    const probability = modelProbability(model, e);
    const agreement = model.handAgreement;
    // Never across a place conflict: a different named place of one kind is evidence against.
    if (agreement && probability < agreement.score && probability >= agreement.minProbability && e[F.placeConflict] === 0 && handScore(e) >= agreement.handThreshold) {
      return agreement.score;
    }
    return probability;
  }
  return handScore(e);
}

/** The model's probability for an evidence row. */
export function modelProbability(model: PairModel, e: Float64Array): number {
  if (model.minEmbeddingCosine !== undefined && e[F.samePerson] === 0 && e[F.embeddingCosine] < model.minEmbeddingCosine) return 0;
  let z = model.intercept;
  for (let i = 0; i < model.features.length; i++) {
    const s = model.scale[i];
    z += model.coefficients[i] * ((e[F[model.features[i]]] - model.mean[i]) / (s > 0 ? s : 1));
  }
  return 1 / (1 + Math.exp(-z));
}

/** The hand-weighted score (weights {@link W}) of an evidence row. */
export function handScore(e: Float64Array): number {
  const sharedNames = e[F.sharedNames];
  const conceptShare = e[F.conceptShare];
  let score = W.text * e[F.text] + W.cosine * e[F.termCosine];
  score += W.concept * conceptShare;
  // Many matters happen in one town: a shared town counts only with (nearly) the same problems.
  if (sharedNames > 0 && e[F.sharedAreaOnly] === 1) score += e[F.conceptDice] >= 0.75 && e[F.samePrimary] === 1 ? W.area * W.matter : 0;
  // The same place is no evidence of one matter when the main problems differ and most of the
  // problems are not shared either (same estate, other complaint).
  else if (sharedNames > 0) score += W.matter * conceptShare + (e[F.bothConcepts] === 1 && e[F.samePrimary] === 0 && e[F.conceptDice] <= 0.5 ? 0 : W.name * sharedNames);
  else if (e[F.nameConflict] === 1) score -= W.nameConflict;
  else if (e[F.bothUnnamed] === 1) score += W.unnamed * W.matter * conceptShare;
  if (e[F.conceptConflict] === 1) score -= W.conceptConflict;
  if (e[F.regionConflict] === 1) score -= W.regionConflict;
  return Math.max(0, Math.min(1, score));
}

/** Whether one of the query's names has more than half of its bigrams among the stored row's. */
function queryNameShared(q: QueryBuffers, c: DedupColumns, doc: number, storedNames: number): boolean {
  if (storedNames === 0) return false;
  const base = doc * NAME_SLOTS;
  for (const group of q.nameGroups) {
    let hits = 0;
    for (const bigram of group) {
      for (let i = 0; i < storedNames; i++) {
        if (c.nameHashes[base + i] === bigram) {
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
function regionsConflict(q: QueryBuffers, c: DedupColumns, doc: number): boolean {
  if (q.regionCount === 0 || c.regionHashes[doc * REGION_SLOTS] === 0) return false;
  for (const level of REGION_LEVELS) {
    let queryHas = false;
    let storedHas = false;
    let shared = false;
    for (let i = 0; i < REGION_SLOTS; i++) {
      const h = c.regionHashes[doc * REGION_SLOTS + i];
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

/**
 * Same petitioner? A strong key (phone, ID number, e-mail) decides; the weak name+address key
 * counts only when no strong key of the same kind contradicts it. Anonymous: never.
 */
export function samePerson(query: ArrayLike<number>, c: DedupColumns, doc: number): boolean {
  const base = doc * IDENTITY_SLOTS;
  let strongConflict = false;
  for (let i = 0; i < IDENTITY_SLOTS - 1; i++) {
    const a = query[i];
    const b = c.identityChecks[base + i];
    if (a && b) {
      if (a === b) return true;
      strongConflict = true;
    }
  }
  const weak = IDENTITY_SLOTS - 1;
  return !strongConflict && query[weak] !== 0 && query[weak] === c.identityChecks[base + weak];
}

/** A verified candidate is kept for the final choice from 80 % of the threshold that applies to it. */
export function worthKeeping(similarity: number, samePerson: boolean, repeatThreshold: number, jointThreshold: number): boolean {
  return similarity >= (samePerson ? repeatThreshold : jointThreshold) * 0.8;
}

/** Position in `order` of the best same-person candidate at the repeat threshold: the relation is `repeat`. */
export function repeatMatch(pool: CandidatePool, order: number[], repeatThreshold: number): number | undefined {
  return order.find((i) => pool.samePerson[i] === 1 && pool.similarity[i] >= repeatThreshold);
}

/** Position in `order` of the best candidate of anyone at the joint threshold (used when no repeat matched). */
export function jointMatch(pool: CandidatePool, order: number[], jointThreshold: number): number | undefined {
  return order.find((i) => pool.similarity[i] >= jointThreshold);
}

/** The linked case was replied (and is not open again) within the review window: this may be a 复查 request. */
export function possibleReview(c: DedupColumns, linked: number, now: number, reviewWindowDays: number): boolean {
  const repliedAt = c.repliedAt[linked];
  return c.state[linked] !== STATE_CODE.open && repliedAt > 0 && now - repliedAt <= reviewWindowDays * 24 * 60;
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
