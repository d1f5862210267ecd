import { endOfDayAfter, shanghaiDay } from './case-workflow';

describe('statutory days end at the end of the last calendar day in Asia/Shanghai', () => {
  it('moves a date by calendar days to 23:59:59.999 Shanghai time (15:59:59.999 UTC)', () => {
    expect(endOfDayAfter(new Date('2026-12-01T02:00:00.000Z'), 20).toISOString()).toBe('2026-12-21T15:59:59.999Z');
  });

  it('counts from the Shanghai calendar day, not the UTC one, late in the evening', () => {
    // 2026-12-01T17:00Z is already 2 December in Shanghai.
    expect(endOfDayAfter(new Date('2026-12-01T17:00:00.000Z'), 1).toISOString()).toBe('2026-12-03T15:59:59.999Z');
  });

  it('keeps an end-of-day deadline at the end of a day when it is moved', () => {
    expect(endOfDayAfter(new Date('2027-01-26T15:59:59.999Z'), 30).toISOString()).toBe('2027-02-25T15:59:59.999Z');
  });

  it('names a deadline by its Shanghai calendar day', () => {
    expect(shanghaiDay(new Date('2027-01-26T15:59:59.999Z'))).toBe('2027-01-26');
    expect(shanghaiDay(new Date('2027-01-26T16:00:00.000Z'))).toBe('2027-01-27');
  });
});
