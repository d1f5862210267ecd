import { endOfLocalDay, localDate, startOfLocalDay } from './calendar-days';
import { addWorkingDays, isWorkingDay, startOfNextWorkingDay } from './working-days';

const zone = 'Asia/Shanghai';

describe('working days by the official calendar of China', () => {
  it('skip weekends: five working days from a Friday end on the next Friday, local end of day', () => {
    expect(addWorkingDays(new Date('2026-11-20T02:00:00Z'), 5, zone).toISOString()).toBe('2026-11-27T15:59:59.999Z');
    // An order issued on Monday is due at the end of the fifth working day, the next Monday.
    expect(addWorkingDays(new Date('2026-12-07T01:00:00Z'), 5, zone).toISOString()).toBe('2026-12-14T15:59:59.999Z');
    // A reply on Wednesday 2 Dec 2026: Thu 3, Fri 4, Mon 7, Tue 8, Wed 9 Dec.
    expect(addWorkingDays(new Date('2026-12-02T02:00:00.000Z'), 5, zone).toISOString()).toBe('2026-12-09T15:59:59.999Z');
  });

  it('skip public holidays and count make-up working days (调休)', () => {
    // National Day 2025: 1–8 October off; Sunday 28 September and Saturday 11 October are working days.
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2025-10-03')).toBe(false);
    expect(isWorkingDay('2025-10-11')).toBe(true);
    expect(localDate(addWorkingDays(new Date('2025-09-26T02:00:00Z'), 3, zone), zone)).toBe('2025-09-30');
    expect(localDate(addWorkingDays(new Date('2025-09-30T02:00:00Z'), 2, zone), zone)).toBe('2025-10-10');
    expect(addWorkingDays(new Date('2025-09-30T02:00:00.000Z'), 3, zone).toISOString()).toBe('2025-10-11T15:59:59.999Z');
  });

  it('count from the district’s calendar day, not UTC’s, and never count that day itself', () => {
    // 23:30 on Monday in Shanghai is still Monday there (15:30 UTC).
    expect(localDate(addWorkingDays(new Date('2026-11-23T15:30:00Z'), 1, zone), zone)).toBe('2026-11-24');
    // A reply late on Friday evening local time counts from Friday.
    expect(addWorkingDays(new Date('2026-12-04T14:00:00.000Z'), 1, zone).toISOString()).toBe('2026-12-07T15:59:59.999Z');
  });

  it('the next working day after a Friday is Monday, starting at 00:00 local time', () => {
    expect(startOfNextWorkingDay(new Date('2026-12-04T10:00:00Z'), zone).toISOString()).toBe('2026-12-06T16:00:00.000Z');
    // Friday 23:30 in Shanghai is still Friday there.
    expect(startOfNextWorkingDay(new Date('2026-12-04T15:30:00Z'), zone).toISOString()).toBe('2026-12-06T16:00:00.000Z');
    // Saturday 00:00 in Shanghai (Friday 16:00 UTC) is the weekend: Monday again.
    expect(startOfNextWorkingDay(new Date('2026-12-04T16:00:00Z'), zone).toISOString()).toBe('2026-12-06T16:00:00.000Z');
  });

  it('the next working day skips the National Day holiday and is a make-up Saturday when one follows', () => {
    expect(startOfNextWorkingDay(new Date('2026-09-30T08:00:00Z'), zone).toISOString()).toBe('2026-10-07T16:00:00.000Z'); // 10-08
    expect(startOfNextWorkingDay(new Date('2026-10-09T08:00:00Z'), zone).toISOString()).toBe('2026-10-09T16:00:00.000Z'); // Sat 10-10 works
  });

  it('local days begin and end at Shanghai midnight', () => {
    expect(startOfLocalDay('2026-12-05', zone).toISOString()).toBe('2026-12-04T16:00:00.000Z');
    expect(endOfLocalDay('2026-12-05', zone).toISOString()).toBe('2026-12-05T15:59:59.999Z');
  });
});
