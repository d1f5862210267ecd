import { addWorkingDays, assignmentDeadlines, endOfLocalDay, localDate, STATUTORY_DEADLINES } from './statutory-deadlines';

const zone = 'Asia/Shanghai';

describe('working days', () => {
  it('skip weekends', () => {
    // Friday 2026-11-20 10:00 local → 5 working days → Friday 2026-11-27, end of day local.
    const from = new Date('2026-11-20T02:00:00Z');
    expect(addWorkingDays(from, 5, zone).toISOString()).toBe('2026-11-27T15:59:59.999Z');
  });

  it('skip public holidays and count make-up working days (调休)', () => {
    // National Day 2025: 1–8 October off; Sunday 28 September and Saturday 11 October are working days.
    const from = new Date('2025-09-26T02:00:00Z'); // Friday
    const end = addWorkingDays(from, 3, zone);
    // 28 Sep (make-up Sunday), 29 Sep, 30 Sep.
    expect(localDate(end, zone)).toBe('2025-09-30');
    expect(localDate(addWorkingDays(new Date('2025-09-30T02:00:00Z'), 2, zone), zone)).toBe('2025-10-10');
  });

  it('use the district’s calendar day, not UTC’s', () => {
    // 23:30 on Monday in Shanghai is still Monday there (15:30 UTC).
    const lateMonday = new Date('2026-11-23T15:30:00Z');
    expect(localDate(lateMonday, zone)).toBe('2026-11-23');
    expect(localDate(addWorkingDays(lateMonday, 1, zone), zone)).toBe('2026-11-24');
    expect(endOfLocalDay('2026-11-24', zone).toISOString()).toBe('2026-11-24T15:59:59.999Z');
  });
});

describe('assignment deadlines', () => {
  const received = new Date('2026-11-02T01:00:00Z');

  it('give 15 days to decide on acceptance and 60 more to reply', () => {
    const d = assignmentDeadlines(received, received, STATUTORY_DEADLINES);
    expect(d.acceptBy.toISOString()).toBe('2026-11-17T01:00:00.000Z');
    expect(d.handleBy.toISOString()).toBe('2027-01-16T01:00:00.000Z');
  });

  it('let an upper-level office’s earlier deadline win', () => {
    const dueBy = new Date('2026-11-10T00:00:00Z');
    const d = assignmentDeadlines(received, received, STATUTORY_DEADLINES, dueBy);
    expect(d.acceptBy).toEqual(dueBy);
    expect(d.handleBy).toEqual(dueBy);
  });

  it('count the return window from the assignment, not from receipt', () => {
    const assigned = new Date('2026-11-09T01:00:00Z'); // Monday
    expect(localDate(assignmentDeadlines(received, assigned, STATUTORY_DEADLINES).returnBy, zone)).toBe('2026-11-16');
  });
});
