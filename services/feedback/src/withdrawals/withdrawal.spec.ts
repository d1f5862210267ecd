import type { ChainState, ReviewRecord } from '../reviews/review-chain';
import { withdraw } from './withdrawal';

const NOW = new Date('2026-12-10T03:00:00.000Z');
const base: ChainState = { caseNumber: 'SW-2026-000123', round: 1, window: { level: 'review', closesAt: NOW }, conclusionDueAt: NOW };

describe('withdrawal (撤回)', () => {
  it('concludes the matter as withdrawn and stops the window and its pending conclusion', () => {
    expect(withdraw(base, '已协商解决', NOW)).toEqual({
      withdrawn: { at: NOW, reason: '已协商解决' },
      concluded: { reason: 'withdrawn', at: NOW },
      window: null,
      conclusionDueAt: null,
    });
  });

  it('is possible before any reply', () => {
    expect(withdraw({ caseNumber: 'SW-2026-000123', round: 0 }, undefined, NOW).concluded).toEqual({ reason: 'withdrawn', at: NOW });
  });

  it('ends an open review with it', () => {
    const review = { reviewId: 'rv1-p', level: 'review', status: 'open' } as ReviewRecord;
    expect(withdraw({ ...base, review }, undefined, NOW).review).toMatchObject({ reviewId: 'rv1-p', status: 'withdrawn' });
  });

  it('is refused when already withdrawn (409 WITHDRAWAL.ALREADY_WITHDRAWN) or concluded otherwise (409 WITHDRAWAL.CONCLUDED)', () => {
    const withdrawn = { ...base, withdrawn: { at: NOW }, concluded: { reason: 'withdrawn' as const, at: NOW } };
    expect(() => withdraw(withdrawn, undefined, NOW)).toThrow(expect.objectContaining({ code: 'WITHDRAWAL.ALREADY_WITHDRAWN', status: 409 }));
    const satisfied = { ...base, concluded: { reason: 'satisfied' as const, at: NOW } };
    expect(() => withdraw(satisfied, undefined, NOW)).toThrow(expect.objectContaining({ code: 'WITHDRAWAL.CONCLUDED', status: 409 }));
  });
});
