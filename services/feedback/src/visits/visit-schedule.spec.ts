import { addWorkingDays, visitDueBy, visitStatus } from './visit-schedule';

describe('when a return visit falls due', () => {
  it('is the end of the 5th working day after the reply, skipping the weekend (Asia/Shanghai)', () => {
    // Wednesday 2 Dec 2026, 10:00 in Shanghai → Thu 3, Fri 4, Mon 7, Tue 8, Wed 9 Dec, 23:59:59.999 local.
    expect(visitDueBy(new Date('2026-12-02T02:00:00.000Z'), 5).toISOString()).toBe('2026-12-09T15:59:59.999Z');
    // A reply late on Friday evening local time counts from Friday.
    expect(visitDueBy(new Date('2026-12-04T14:00:00.000Z'), 1).toISOString()).toBe('2026-12-07T15:59:59.999Z');
  });

  it('skips the National Day holidays and counts their make-up working day', () => {
    // 2025: 1–8 Oct off, Sat 11 Oct a make-up working day (调休). From Tue 30 Sep: 9, 10, 11 Oct.
    expect(addWorkingDays(new Date('2025-09-30T02:00:00.000Z'), 3).toISOString()).toBe('2025-10-11T15:59:59.999Z');
  });

  it('is due until the deadline, overdue after it, and nothing once visited or before any reply', () => {
    const dueBy = new Date('2026-12-09T15:59:59.999Z');
    expect(visitStatus({ round: 1, dueBy }, new Date('2026-12-09T15:00:00.000Z'))).toBe('due');
    expect(visitStatus({ round: 1, dueBy }, new Date('2026-12-09T16:00:00.000Z'))).toBe('overdue');
    expect(visitStatus({ round: 1, visitedRound: 1, dueBy }, new Date('2026-12-20T00:00:00.000Z'))).toBeUndefined();
    expect(visitStatus({ round: 2, visitedRound: 1, dueBy }, new Date('2026-12-20T00:00:00.000Z'))).toBe('overdue');
    expect(visitStatus({ visitedRound: 1 }, new Date('2026-12-20T00:00:00.000Z'))).toBeUndefined();
  });
});
