import { DuplicateDetector, type DuplicateDecision, type DuplicateDetectorOptions } from '../dedup/duplicate-detector';
import { type PetitionerIdentity } from '../dedup/petition-signature';
import { percentile } from './latency-stats';
import { blindIndex, normalizeName, phoneToE164 } from './eval-data';

/** One line of a duplicate-detection evaluation file (e.g. data/dedup-dev.jsonl). */
export interface DedupEvalLine {
  pairId: string;
  sourceId: string;
  kind: 'source' | 'repeat' | 'joint' | 'different';
  samePerson: boolean;
  channel: string;
  text: string;
  phone?: string;
  name?: string;
}

export function identityOf(line: Pick<DedupEvalLine, 'phone' | 'name'>): PetitionerIdentity {
  const identity: PetitionerIdentity = {};
  const phone = line.phone ? phoneToE164(line.phone) : undefined;
  if (phone) identity.phone = blindIndex('phone', phone);
  if (line.name) identity.nameAddress = blindIndex('nameAddress', normalizeName(line.name));
  return identity;
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);

/**
 * Feeds the lines in file order as new petitions (one hour apart) to the real detector and
 * scores its decisions. Definitions (also printed):
 *  - a link's target is `decision.matched`; it is valid when it is an earlier line of the same
 *    group (`sourceId`) that describes the group's matter (its source, a repeat or a joint line).
 *  - repeat: expected = `repeat` lines with a contact detail (phone or name); labelled = lines
 *    decided `repeat`; correct = decided `repeat` with a valid target and kind `repeat`.
 *  - anonymous repeat (`repeat`, samePerson, no phone/name): identity cannot be known, so the
 *    right decision is a `joint` link to the matter (no second investigation, no false claim
 *    about who wrote it); counted apart, and as correct joint links in joint precision.
 *  - joint: expected = `joint` lines; labelled = lines decided `joint`; correct = decided
 *    `joint` with a valid target and kind `joint` (or anonymous repeat).
 *  - falseLinkRate = `different` lines linked to anything / `different` lines.
 */
export function evaluateDedup(lines: DedupEvalLine[], options: Partial<DuplicateDetectorOptions> = {}, embeddings?: readonly LineVectors[]) {
  const detector = new DuplicateDetector(options);
  const byPetition = new Map<string, DedupEvalLine>();
  const latencies: number[] = [];
  const decisions: { line: DedupEvalLine; decision: DuplicateDecision }[] = [];
  const start = Date.parse('2024-03-01T08:00:00+08:00');
  detector.features({ text: '预热：加载分词词典。' }); // warm up (dictionary load) outside the timings
  lines.forEach((line, i) => {
    const petitionId = `eval-${i}-${line.pairId}`;
    const t0 = process.hrtime.bigint();
    const petition = { petitionId, receivedAt: new Date(start + i * 3_600_000), channel: line.channel, text: line.text, identity: identityOf(line) };
    const features = detector.features(petition);
    if (embeddings) Object.assign(features, { embedding: embeddings[i].text, problemEmbedding: embeddings[i].problem });
    const { decision } = detector.process(petition, features);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    byPetition.set(petitionId, line);
    decisions.push({ line, decision });
  });

  const validTarget = (line: DedupEvalLine, decision: DuplicateDecision) => {
    const target = decision.matched ? byPetition.get(decision.matched.petitionId) : undefined;
    return !!target && target.sourceId === line.sourceId && target.kind !== 'different';
  };
  const anonymous = (line: DedupEvalLine) => !line.phone && !line.name;
  const count = { repeat: { expected: 0, labelled: 0, correct: 0 }, joint: { expected: 0, labelled: 0, correct: 0 } };
  const anonymousRepeat = { lines: 0, linkedToMatter: 0 };
  let different = 0;
  let differentLinked = 0;
  let sources = 0;
  let sourcesLinked = 0;
  const errors: { pairId: string; kind: string; decided: string; similarity: number; matched?: string }[] = [];
  for (const { line, decision } of decisions) {
    const valid = validTarget(line, decision);
    if (line.kind === 'repeat' && anonymous(line)) {
      anonymousRepeat.lines++;
      if (decision.relation !== 'new' && valid) anonymousRepeat.linkedToMatter++;
    } else if (line.kind === 'repeat') count.repeat.expected++;
    if (line.kind === 'joint') count.joint.expected++;
    if (decision.relation === 'repeat') {
      count.repeat.labelled++;
      if (valid && line.kind === 'repeat') count.repeat.correct++;
    }
    if (decision.relation === 'joint') {
      count.joint.labelled++;
      if (valid && (line.kind === 'joint' || (line.kind === 'repeat' && anonymous(line)))) count.joint.correct++;
    }
    if (line.kind === 'different') {
      different++;
      if (decision.relation !== 'new') differentLinked++;
    }
    if (line.kind === 'source') {
      sources++;
      if (decision.relation !== 'new') sourcesLinked++;
    }
    const right =
      line.kind === 'different' || line.kind === 'source'
        ? decision.relation === 'new'
        : valid && (decision.relation === line.kind || (line.kind === 'repeat' && anonymous(line) && decision.relation === 'joint'));
    if (!right) {
      const matched = decision.matched ? byPetition.get(decision.matched.petitionId)?.pairId : undefined;
      errors.push({ pairId: line.pairId, kind: line.kind, decided: decision.relation, similarity: decision.similarity, matched });
    }
  }
  return {
    lines: lines.length,
    groups: new Set(lines.map((l) => l.sourceId)).size,
    repeat: { ...count.repeat, precision: ratio(count.repeat.correct, count.repeat.labelled), recall: ratio(count.repeat.correct, count.repeat.expected) },
    joint: { ...count.joint, precision: ratio(count.joint.correct, count.joint.labelled), recall: ratio(count.joint.correct, count.joint.expected) },
    anonymousRepeat,
    different: { lines: different, linked: differentLinked, falseLinkRate: ratio(differentLinked, different) },
    sources: { lines: sources, linked: sourcesLinked },
    latencyMs: { p50: round3(percentile(latencies, 50)), p99: round3(percentile(latencies, 99)), note: 'per petition: text analysis + decision + insert' },
    definitions:
      'target = decision.matched, valid if an earlier source/repeat/joint line of the same sourceId; repeat P = correct repeat links / lines decided repeat, R = correct / repeat lines with phone or name; joint P = correct joint links (incl. anonymous repeats linked as joint) / lines decided joint, R = correct / joint lines; falseLinkRate = different lines decided repeat or joint / different lines',
    errors,
  };
}

/** A line's sentence embeddings: of its text, and of its text with the named places masked. */
export interface LineVectors {
  text: Float32Array;
  problem: Float32Array;
}

/** One training row of the pair model: a query line, one candidate the detector verified, whether they are one matter. */
export interface PairRow {
  query: string;
  group: string;
  candidate: string;
  label: 0 | 1;
  features: number[];
}

/**
 * Pair rows for training the pair model: the lines fed in file order (as in evaluateDedup), and
 * for each, every candidate the detector verifies with its evidence. label 1 when the candidate
 * is an earlier line describing the same group's matter and the query describes it too.
 */
export function dedupPairs(lines: DedupEvalLine[], embeddings?: readonly LineVectors[], options: Partial<DuplicateDetectorOptions> = {}): PairRow[] {
  const detector = new DuplicateDetector(options);
  const byPetition = new Map<string, DedupEvalLine>();
  const rows: PairRow[] = [];
  const start = Date.parse('2024-03-01T08:00:00+08:00');
  lines.forEach((line, i) => {
    const petitionId = `eval-${i}-${line.pairId}`;
    const petition = { petitionId, receivedAt: new Date(start + i * 3_600_000), channel: line.channel, text: line.text, identity: identityOf(line) };
    const features = detector.features(petition);
    if (embeddings) Object.assign(features, { embedding: embeddings[i].text, problemEmbedding: embeddings[i].problem });
    const describesMatter = line.kind === 'repeat' || line.kind === 'joint';
    for (const { petitionId: candidateId, evidence } of detector.evidence(petition, features)) {
      const candidate = byPetition.get(candidateId)!;
      const same = describesMatter && candidate.sourceId === line.sourceId && candidate.kind !== 'different';
      rows.push({ query: line.pairId, group: line.sourceId, candidate: candidate.pairId, label: same ? 1 : 0, features: evidence.map(round3) });
    }
    detector.process(petition, features);
    byPetition.set(petitionId, line);
  });
  return rows;
}

/** One row of same-matter-dev.jsonl: many citizens, one underlying matter (`issue`). */
export interface SameMatterRow {
  id: string;
  user: string;
  subject: string;
  receivedAt: string;
  text: string;
  issue: string;
}

/**
 * Pairwise evaluation of "same matter" links: rows fed in time order (board user id as the
 * identity key), two rows predicted together when the detector put them in one matter group;
 * precision and recall over all unordered pairs against `issue`.
 */
export function evaluateSameMatter(rows: SameMatterRow[], options: Partial<DuplicateDetectorOptions> = {}) {
  const detector = new DuplicateDetector(options);
  const sorted = [...rows].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  const group = new Map<string, string>();
  for (const row of sorted) {
    const { decision } = detector.process({
      petitionId: row.id,
      receivedAt: row.receivedAt,
      channel: 'web',
      subject: row.subject,
      text: row.text,
      identity: { email: blindIndex('user', row.user) },
    });
    group.set(row.id, decision.groupId);
  }
  let tp = 0;
  let predicted = 0;
  let actual = 0;
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const same = sorted[i].issue === sorted[j].issue;
      const linked = group.get(sorted[i].id) === group.get(sorted[j].id);
      if (same) actual++;
      if (linked) predicted++;
      if (same && linked) tp++;
    }
  }
  // The labels are broad topics (one `issue` can hold several matters), so pairwise recall
  // understates what was found: per issue, also how many of its rows the largest linked group
  // holds, and whether any linked group spans two issues.
  const members = new Map<string, SameMatterRow[]>();
  for (const row of sorted) members.set(group.get(row.id)!, [...(members.get(group.get(row.id)!) ?? []), row]);
  const linkedGroups = [...members.values()].filter((m) => m.length > 1);
  const byIssue: Record<string, { rows: number; largestGroup: number; linkedGroups: number[] }> = {};
  for (const row of sorted) byIssue[row.issue] ??= { rows: 0, largestGroup: 0, linkedGroups: [] };
  for (const row of sorted) byIssue[row.issue].rows++;
  for (const m of linkedGroups) {
    const entry = byIssue[m[0].issue];
    entry.linkedGroups.push(m.length);
    entry.largestGroup = Math.max(entry.largestGroup, m.length);
  }
  for (const entry of Object.values(byIssue)) entry.linkedGroups.sort((a, b) => b - a);
  return {
    rows: rows.length,
    issues: new Set(rows.map((r) => r.issue)).size,
    pairs: { truePairs: actual, predictedPairs: predicted, correctPairs: tp },
    precision: ratio(tp, predicted),
    recall: ratio(tp, actual),
    groupsFormed: new Set(group.values()).size,
    groupsSpanningIssues: linkedGroups.filter((m) => new Set(m.map((r) => r.issue)).size > 1).length,
    byIssue,
  };
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;
