import { applyLink, applyUndo, visibleLinks, type DuplicateLinkRecord } from './duplicate-links';

const T = (minutes: number) => new Date(Date.UTC(2026, 10, 27, 2, minutes));
const link = (eventId: string, at: Date, confidential = false) => ({
  petitionId: 'p2',
  originalPetitionId: 'p1',
  caseNumber: 'SW-2026-000002',
  relation: 'joint' as const,
  similarity: 0.9,
  at,
  eventId,
  confidential,
});
const undo = (eventId: string, at: Date) => ({ petitionId: 'p2', originalPetitionId: 'p1', caseNumber: 'SW-2026-000002', at, eventId });
const written = (change: ReturnType<typeof applyLink>): DuplicateLinkRecord => {
  if (change.kind !== 'write') throw new Error(`expected a write, got ${change.kind}`);
  return change.record;
};

describe('a case’s duplicate links (判重并案)', () => {
  it('records a link once; its redelivery is a duplicate', () => {
    const record = written(applyLink(null, link('e1', T(0))));
    expect(visibleLinks([record]).map((r) => r._id)).toEqual(['p2']);
    expect(applyLink(record, link('e1', T(0))).kind).toBe('duplicate');
  });

  it('ends a link when it is undone, and a late redelivery of the link does not bring it back', () => {
    const record = written(applyLink(null, link('e1', T(0))));
    const undone = written(applyUndo(record, undo('e2', T(5))));
    expect(visibleLinks([undone])).toEqual([]);
    expect(applyLink(undone, link('e1', T(0))).kind).toBe('duplicate');
    expect(applyLink(undone, link('e3', T(1))).kind).toBe('ignored');
    expect(applyUndo(undone, undo('e2', T(5))).kind).toBe('duplicate');
  });

  it('keeps an undo that arrives before its link as a tombstone the link cannot pass', () => {
    const tombstone = written(applyUndo(null, undo('e2', T(5))));
    expect(visibleLinks([tombstone])).toEqual([]);
    expect(applyLink(tombstone, link('e1', T(0))).kind).toBe('ignored');
  });

  it('never shows a confidential report, and lists the others oldest first', () => {
    const report = { ...written(applyLink(null, link('e1', T(0), true))), _id: 'p3' };
    const later = { ...written(applyLink(null, link('e4', T(9)))), _id: 'p5' };
    const earlier = { ...written(applyLink(null, link('e5', T(2)))), _id: 'p4' };
    expect(visibleLinks([report, later, earlier]).map((r) => r._id)).toEqual(['p4', 'p5']);
  });
});
