import { endOfDayAfter, endOfLocalDay, localDate } from './calendar-days';

const zone = 'Asia/Shanghai';

describe('calendar days', () => {
  it('ends a 60-day period at the end of the 60th day after acceptance, Beijing time', () => {
    expect(endOfDayAfter(new Date('2026-12-01T01:00:00Z'), 60, zone).toISOString()).toBe('2027-01-30T15:59:59.999Z');
  });

  it('counts from the local day, not the UTC day, late in the evening', () => {
    // 23:30 on 1 Dec in Shanghai is still 30 Nov in UTC.
    expect(endOfDayAfter(new Date('2026-12-01T15:30:00Z'), 1, zone).toISOString()).toBe('2026-12-02T15:59:59.999Z');
    expect(localDate(new Date('2026-12-01T15:30:00Z'), zone)).toBe('2026-12-01');
  });

  it('crosses month and year ends and leap days', () => {
    expect(endOfDayAfter(new Date('2027-12-31T04:00:00Z'), 60, zone).toISOString()).toBe('2028-02-29T15:59:59.999Z');
    expect(endOfLocalDay('2027-02-28', 'UTC').toISOString()).toBe('2027-02-28T23:59:59.999Z');
  });
});
