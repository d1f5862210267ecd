import { addWorkingDays, endOfLocalDay, localDate, startOfLocalDay, startOfNextWorkingDay } from './working-days';

const TZ = 'Asia/Shanghai';

describe('working days in Shanghai (official holiday calendar)', () => {
  it('the next working day after a Friday is Monday, starting at 00:00 local time', () => {
    expect(startOfNextWorkingDay(new Date('2026-12-04T10:00:00Z'), TZ).toISOString()).toBe('2026-12-06T16:00:00.000Z');
    // Friday 23:30 in Shanghai is still Friday there.
    expect(startOfNextWorkingDay(new Date('2026-12-04T15:30:00Z'), TZ).toISOString()).toBe('2026-12-06T16:00:00.000Z');
    // Saturday 00:00 in Shanghai (Friday 16:00 UTC) is the weekend: Monday again.
    expect(startOfNextWorkingDay(new Date('2026-12-04T16:00:00Z'), TZ).toISOString()).toBe('2026-12-06T16:00:00.000Z');
  });

  it('skips the National Day holiday and counts a make-up Saturday (调休) as a working day', () => {
    expect(startOfNextWorkingDay(new Date('2026-09-30T08:00:00Z'), TZ).toISOString()).toBe('2026-10-07T16:00:00.000Z'); // 10-08
    expect(startOfNextWorkingDay(new Date('2026-10-09T08:00:00Z'), TZ).toISOString()).toBe('2026-10-09T16:00:00.000Z'); // Sat 10-10 works
  });

  it('an order issued on Monday is due at the end of the fifth working day, the next Monday', () => {
    expect(addWorkingDays(new Date('2026-12-07T01:00:00Z'), 5, TZ).toISOString()).toBe('2026-12-14T15:59:59.999Z');
  });

  it('local days begin and end at Shanghai midnight', () => {
    expect(localDate(new Date('2026-12-04T16:00:00Z'), TZ)).toBe('2026-12-05');
    expect(startOfLocalDay('2026-12-05', TZ).toISOString()).toBe('2026-12-04T16:00:00.000Z');
    expect(endOfLocalDay('2026-12-05', TZ).toISOString()).toBe('2026-12-05T15:59:59.999Z');
  });
});
