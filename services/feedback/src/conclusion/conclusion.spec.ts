import type { ChainState, ReviewRecord } from '../reviews/review-chain';
import { conclusionDue } from './conclusion';

const CLOSES = new Date('2026-12-31T15:59:59.999Z');
const AFTER = new Date(CLOSES.getTime() + 1);
const waiting: ChainState = { caseNumber: 'SW-2026-000123', round: 1, window: { level: 'review', closesAt: CLOSES }, conclusionDueAt: CLOSES };

describe('conclusion when the review window closes unused (有果必结)', () => {
  it('concludes as no-review-requested only after the window’s last millisecond', () => {
    expect(conclusionDue(waiting, CLOSES)).toBeNull();
    expect(conclusionDue(waiting, AFTER)).toEqual({ concluded: { reason: 'no-review-requested', at: AFTER }, conclusionDueAt: null });
  });

  it('concludes after the re-review window too (after an uphold or revoke)', () => {
    expect(conclusionDue({ ...waiting, window: { level: 're-review', closesAt: CLOSES } }, AFTER)?.concluded?.reason).toBe('no-review-requested');
  });

  it('leaves alone what is under review, reopened, concluded or withdrawn — and so concludes each matter once', () => {
    const open = { status: 'open' } as ReviewRecord;
    expect(conclusionDue({ ...waiting, review: open }, AFTER)).toBeNull();
    expect(conclusionDue({ ...waiting, reReview: open }, AFTER)).toBeNull();
    expect(conclusionDue({ ...waiting, reopened: true }, AFTER)).toBeNull();
    expect(conclusionDue({ ...waiting, concluded: { reason: 'no-review-requested', at: AFTER } }, AFTER)).toBeNull();
    expect(conclusionDue({ ...waiting, withdrawn: { at: AFTER } }, AFTER)).toBeNull();
    expect(conclusionDue({ ...waiting, window: null, conclusionDueAt: null }, AFTER)).toBeNull();
  });
});
