/**
 * What a duplicate decision says (relation, linked case, candidates, group escalation) and the
 * settings it is made with. Shared by the detector's parts; `duplicate-detector.ts` re-exports
 * everything here, so callers keep importing from there.
 */
import { STATUTORY } from '@sunshine/contracts';
import { DEFAULT_SHAPE, type SignatureShape } from './dedup-features';
import { type PairModel } from './scoring-policy';

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
  /** Nearest stored petitions by sentence embedding verified per decision, beside the lexical keys (default 24). */
  vectorCandidates: number;
  /**
   * The learned pair model (data/dedup-model.json): when given, a pair of petitions that both
   * have embeddings is scored by its probability, and `repeatThreshold` / `jointThreshold`
   * should be the model's (its file carries them).
   */
  model?: PairModel;
}

export const DEFAULT_DETECTOR_OPTIONS: DuplicateDetectorOptions = {
  shape: DEFAULT_SHAPE,
  windowDays: 180,
  // 信访工作条例 art. 35: a repeat within the review window may be a request for review (复查).
  reviewWindowDays: STATUTORY.reviewRequestDays,
  repeatThreshold: 0.2,
  // Chosen on the tuning groups of data/dedup-dev.jsonl: 0.5 lets same-estate hard negatives
  // through (false links 2.4 %), 0.6 starts losing paraphrases.
  jointThreshold: 0.55,
  groupMinPetitioners: 5,
  groupWindowDays: 7,
  maxPostingsPerKey: 200,
  maxVerified: 2500,
  vectorCandidates: 24,
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
