import { DuplicateDetector } from './duplicate-detector';
import type { PetitionForDedup } from './petition-signature';

const SOURCE = '我是A2区丽发新城小区的业主，同发投资有限公司在离小区不到百米的地方建了一个混凝土搅拌站，每天噪音大、扬尘多，请尽快查处，关停或搬迁这个搅拌站。';
const petition = (id: string, text: string, at: string): PetitionForDedup => ({ petitionId: id, caseNumber: `SW-${id}`, receivedAt: at, channel: 'web', text, identity: {} });

describe('undoing a wrong duplicate link (registrar)', () => {
  it('takes the petition out of its matter group, leaving the rest of the group as it was', () => {
    const detector = new DuplicateDetector();
    detector.process(petition('p1', SOURCE, '2024-03-01T09:00:00+08:00'));
    expect(detector.process(petition('p2', SOURCE.replace('我是', '本人是'), '2024-03-02T09:00:00+08:00')).decision.relation).not.toBe('new');
    expect(detector.process(petition('p3', SOURCE.replace('我是', '我们是'), '2024-03-03T09:00:00+08:00')).decision.relation).not.toBe('new');
    expect(detector.stateOf('p2')?.groupId).toBe('p1');

    expect(detector.unlink('p2')).toBe(true);
    expect(detector.stateOf('p2')?.groupId).toBe('p2');
    expect(detector.stateOf('p3')?.groupId).toBe('p1');
    expect(detector.unlink('p2')).toBe(false);
    expect(detector.unlink('unknown')).toBe(false);

    // The group still links new copies to its case, and the unlinked petition has a group of its own.
    const next = detector.process(petition('p4', SOURCE.replace('我是', '俺是'), '2024-03-04T09:00:00+08:00')).decision;
    expect(next.linkedTo?.petitionId).toBe('p1');
  });

  it('also unlinks the newest member of a group', () => {
    const detector = new DuplicateDetector();
    detector.process(petition('p1', SOURCE, '2024-03-01T09:00:00+08:00'));
    detector.process(petition('p2', SOURCE.replace('我是', '本人是'), '2024-03-02T09:00:00+08:00'));
    expect(detector.unlink('p2')).toBe(true);
    expect(detector.stateOf('p2')?.groupId).toBe('p2');
    expect(detector.stateOf('p1')?.groupId).toBe('p1');
  });
});
