/**
 * 判重并案 as a unit sees it: later petitions linked to a case as repeats (same person) or joint
 * petitions (other people, same matter). One record per linked petition; an undone link stays as
 * a tombstone so that a late redelivery of the link cannot bring it back.
 */
export interface DuplicateLinkRecord {
  /** The linked (later) petition. */
  _id: string;
  /** The case it was linked to. */
  originalPetitionId: string;
  caseNumber: string;
  relation: 'repeat' | 'joint';
  similarity: number;
  /** When routing linked it (the event's time). */
  linkedAt: Date;
  linkEventId: string;
  /** A confidential report (检举控告): never shown to a unit. */
  confidential: boolean;
  /** Set when a registrar undid the link (撤销判重). */
  undoneAt?: Date;
  undoEventId?: string;
}

export interface LinkFacts {
  petitionId: string;
  originalPetitionId: string;
  caseNumber: string;
  relation: 'repeat' | 'joint';
  similarity: number;
  at: Date;
  eventId: string;
  confidential: boolean;
}

export type LinkChange = { kind: 'write'; record: DuplicateLinkRecord } | { kind: 'duplicate' } | { kind: 'ignored'; reason: string };

/** What a `petition.duplicate-linked` does to the record of its petition (if any). */
export function applyLink(existing: DuplicateLinkRecord | null, facts: LinkFacts): LinkChange {
  if (existing?.linkEventId === facts.eventId) return { kind: 'duplicate' };
  // A link older than its undo is history, whatever order the events arrive in.
  if (existing?.undoneAt && existing.undoneAt.getTime() >= facts.at.getTime()) return { kind: 'ignored', reason: 'undone after it was made' };
  return {
    kind: 'write',
    record: {
      _id: facts.petitionId,
      originalPetitionId: facts.originalPetitionId,
      caseNumber: facts.caseNumber,
      relation: facts.relation,
      similarity: facts.similarity,
      linkedAt: facts.at,
      linkEventId: facts.eventId,
      confidential: facts.confidential,
    },
  };
}

/** What a `petition.link-undone` does: the link ends (a tombstone when the link was never seen). */
export function applyUndo(existing: DuplicateLinkRecord | null, facts: { petitionId: string; originalPetitionId: string; caseNumber: string; at: Date; eventId: string }): LinkChange {
  if (existing?.undoEventId === facts.eventId) return { kind: 'duplicate' };
  if (existing?.undoneAt && existing.undoneAt.getTime() >= facts.at.getTime()) return { kind: 'duplicate' };
  if (existing && existing.linkedAt.getTime() > facts.at.getTime()) return { kind: 'ignored', reason: 'linked again after this undo' };
  const base: DuplicateLinkRecord = existing ?? {
    _id: facts.petitionId,
    originalPetitionId: facts.originalPetitionId,
    caseNumber: facts.caseNumber,
    relation: 'joint',
    similarity: 0,
    linkedAt: new Date(0),
    linkEventId: '',
    confidential: false,
  };
  return { kind: 'write', record: { ...base, undoneAt: facts.at, undoEventId: facts.eventId } };
}

/** The active links of a case a unit may see: not undone, never a confidential report; oldest first. */
export function visibleLinks(records: readonly DuplicateLinkRecord[]): DuplicateLinkRecord[] {
  return records.filter((r) => !r.undoneAt && !r.confidential && r.linkEventId !== '').sort((a, b) => a.linkedAt.getTime() - b.linkedAt.getTime());
}
