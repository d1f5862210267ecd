/**
 * Matter groups (同一事项): every stored petition belongs to the group of the first petition of
 * its matter (its root). A group is a chain through the columns `groupRoot`, `lastInGroup` (on
 * the root) and `previousInGroup`, walked newest first. Here: joining a group, whether the group
 * already holds the new petitioner, which case a new petition links to, and the group-petition
 * escalation (群体性事项: enough distinct petitioners within a few days).
 */
import { type DedupColumns, IDENTITY_SLOTS, NO_DOC, STATE_CODE } from './dedup-columns';
import { type DuplicateDecision } from './duplicate-decision';
import { samePerson } from './scoring-policy';

/** A group walk stops after this many petitions (bounds the time of one decision). */
const MAX_WALK = 10_000;

/** Appends row `doc` to the group of `rootDoc` (a new group when it is the row itself). */
export function joinGroup(c: DedupColumns, doc: number, rootDoc: number): void {
  c.groupRoot[doc] = rootDoc;
  c.previousInGroup[doc] = rootDoc === doc ? NO_DOC : c.lastInGroup[rootDoc];
  c.lastInGroup[rootDoc] = doc;
}

/**
 * Takes row `doc` out of its group into a group of its own (a registrar undid a wrong link).
 * The chain is walked newest first to find the row after it. False when it already is a root.
 */
export function leaveGroup(c: DedupColumns, doc: number): boolean {
  const root = c.groupRoot[doc];
  if (root === doc) return false;
  if (c.lastInGroup[root] === doc) c.lastInGroup[root] = c.previousInGroup[doc];
  else {
    for (let next = c.lastInGroup[root], n = 0; next !== NO_DOC && n < MAX_WALK; next = c.previousInGroup[next], n++) {
      if (c.previousInGroup[next] === doc) {
        c.previousInGroup[next] = c.previousInGroup[doc];
        break;
      }
      if (next === root) break;
    }
  }
  joinGroup(c, doc, doc);
  return true;
}

/** Whether the group holds a petition of the query's person (same matter by the same person is a repeat). */
export function groupHasPerson(c: DedupColumns, root: number, query: number[]): boolean {
  if (!query.some((v) => v !== 0)) return false;
  for (let doc = c.lastInGroup[root], n = 0; doc !== NO_DOC && n < MAX_WALK; doc = c.previousInGroup[doc], n++) {
    if (samePerson(query, c, doc)) return true;
    if (doc === root) break;
  }
  return false;
}

/** The earliest open case of the group; if all are replied/closed, the latest one (its answer stands). */
export function caseToLink(c: DedupColumns, root: number): number {
  let earliestOpen = NO_DOC;
  const latest = c.lastInGroup[root];
  for (let doc = latest, n = 0; doc !== NO_DOC && n < MAX_WALK; doc = c.previousInGroup[doc], n++) {
    if (c.state[doc] === STATE_CODE.open) earliestOpen = doc;
    if (doc === root) break;
  }
  return earliestOpen !== NO_DOC ? earliestOpen : latest;
}

/**
 * Distinct petitioners of the group within the group window, the new one included. People
 * are told apart by their strongest key; anonymous petitions together count as one person,
 * since nothing shows they are several.
 */
export function groupEscalation(
  c: DedupColumns,
  root: number,
  now: number,
  query: number[],
  newPetitionId: string,
  options: { groupMinPetitioners: number; groupWindowDays: number },
): DuplicateDecision['groupEscalation'] {
  const since = now - options.groupWindowDays * 24 * 60;
  const people = new Set<string>([personKey(query)]);
  const ids = [newPetitionId];
  for (let doc = c.lastInGroup[root], n = 0; doc !== NO_DOC && n < MAX_WALK; doc = c.previousInGroup[doc], n++) {
    if (c.receivedAt[doc] >= since && c.receivedAt[doc] <= now) {
      people.add(personKey(Array.from(c.identityChecks.subarray(doc * IDENTITY_SLOTS, (doc + 1) * IDENTITY_SLOTS))));
      ids.push(c.petitionIds.get(doc));
    }
    if (doc === root) break;
  }
  if (people.size < options.groupMinPetitioners) return undefined;
  return { petitioners: people.size, windowDays: options.groupWindowDays, petitionIds: ids.reverse() };
}

/** The person a row stands for: strongest key first; all anonymous rows are one "person". */
function personKey(checks: number[]): string {
  for (let i = 0; i < checks.length; i++) if (checks[i]) return `${i}:${checks[i]}`;
  return 'anonymous';
}
