/**
 * Duplicate hints for a text being typed (a hotline operator's "is this already a case?"): the
 * registered petitions that look like the same matter, from the candidates the detector's own
 * retrieval and scoring kept for the text. There is no identity here (the typed text carries no
 * blind index), so only the text part scores, and nothing is stored: the index is only read.
 * A candidate's matter group brings in the case a new petition on the matter would be linked
 * to, when that is not the candidate itself (reason `same-matter-group`).
 */
import { type CandidatePool } from './candidate-retrieval';
import { type DedupColumns } from './dedup-columns';
import { type CaseRef } from './duplicate-decision';
import { caseToLink } from './matter-groups';
import { round } from './scoring-policy';

/** Why a petition is a candidate: its own text scores, or it is the case its matter group links to. */
export const CANDIDATE_REASONS = ['similar-text', 'same-matter-group'] as const;
export type CandidateReason = (typeof CANDIDATE_REASONS)[number];

export interface MatterCandidate extends CaseRef {
  /** 0–1: the verifier score of the text (for a group's case: the best score that led to it). */
  score: number;
  reasons: CandidateReason[];
}

export interface CandidateSearchOptions {
  /** At most this many, best first (default 5). */
  limit?: number;
  /** "Now" for the time window (default: the present). */
  at?: Date | string;
  /** The typed text's sentence embedding: nearest stored petitions by meaning join the candidates. */
  embedding?: Float32Array;
  /** Its embedding with the named places masked. */
  problemEmbedding?: Float32Array;
}

interface Entry {
  doc: number;
  score: number;
  reasons: CandidateReason[];
  /** The case its matter group links to (ranked first among equal scores). */
  linkCase: boolean;
}

/**
 * The kept candidates of `pool` at or above `minScore`, each with its matter group's case to
 * link, ranked by score (ties: a group's case to link first, then the newer), at most `limit`.
 */
export function rankCandidates(pool: CandidatePool, c: DedupColumns, minScore: number, limit: number): MatterCandidate[] {
  const entries = new Map<number, Entry>();
  const note = (doc: number, score: number, reason: CandidateReason, linkCase: boolean) => {
    const entry = entries.get(doc);
    if (!entry) entries.set(doc, { doc, score, reasons: [reason], linkCase });
    else {
      entry.score = Math.max(entry.score, score);
      if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
      entry.linkCase ||= linkCase;
    }
  };
  for (const i of pool.sorted()) {
    const score = pool.similarity[i];
    if (score < minScore) break;
    const doc = pool.docs[i];
    const link = caseToLink(c, c.groupRoot[doc]);
    note(doc, score, 'similar-text', link === doc);
    if (link !== doc) note(link, score, 'same-matter-group', true);
  }
  return [...entries.values()]
    .sort((a, b) => b.score - a.score || Number(b.linkCase) - Number(a.linkCase) || b.doc - a.doc)
    .slice(0, limit)
    .map((e) => ({ ...c.ref(e.doc), score: round(e.score), reasons: e.reasons.sort() }));
}
