import { dueAt, duePeriods, parsePeriod, periodAt, previousPeriod } from './bulletin-period';

const TZ = 'Asia/Shanghai';

describe('bulletin periods', () => {
  it('a day, a month and a quarter are half-open ranges of Shanghai time', () => {
    expect(parsePeriod('daily', '2026-12-01', TZ)).toEqual({ kind: 'daily', key: '2026-12-01', start: new Date('2026-11-30T16:00:00Z'), end: new Date('2026-12-01T16:00:00Z') });
    expect(parsePeriod('monthly', '2026-12', TZ)).toMatchObject({ start: new Date('2026-11-30T16:00:00Z'), end: new Date('2026-12-31T16:00:00Z') });
    expect(parsePeriod('quarterly', '2026-Q4', TZ)).toMatchObject({ start: new Date('2026-09-30T16:00:00Z'), end: new Date('2026-12-31T16:00:00Z') });
    expect(parsePeriod('quarterly', '2027-Q1', TZ)).toMatchObject({ start: new Date('2026-12-31T16:00:00Z'), end: new Date('2027-03-31T16:00:00Z') });
  });

  it('refuses keys of another kind, impossible dates and odd shapes', () => {
    expect(parsePeriod('daily', '2026-12', TZ)).toBeUndefined();
    expect(parsePeriod('monthly', '2026-Q4', TZ)).toBeUndefined();
    expect(parsePeriod('quarterly', '2026-Q5', TZ)).toBeUndefined();
    expect(parsePeriod('daily', '2026-02-30', TZ)).toBeUndefined();
    expect(parsePeriod('monthly', '2026-13', TZ)).toBeUndefined();
    expect(parsePeriod('daily', '2026-12-01x', TZ)).toBeUndefined();
  });

  it('the period of an instant is local: 2026-12-31T17:00Z is already 2027-01-01 in Shanghai', () => {
    const at = new Date('2026-12-31T17:00:00Z');
    expect(periodAt('daily', at, TZ).key).toBe('2027-01-01');
    expect(periodAt('monthly', at, TZ).key).toBe('2027-01');
    expect(periodAt('quarterly', at, TZ).key).toBe('2027-Q1');
    expect(previousPeriod(periodAt('quarterly', at, TZ), TZ).key).toBe('2026-Q4');
    expect(previousPeriod(parsePeriod('monthly', '2026-01', TZ)!, TZ).key).toBe('2025-12');
  });

  it('a bulletin is due at 08:00 local the day after its period', () => {
    expect(dueAt(parsePeriod('daily', '2026-12-01', TZ)!, TZ)).toEqual(new Date('2026-12-02T00:00:00Z'));
    expect(dueAt(parsePeriod('monthly', '2026-11', TZ)!, TZ)).toEqual(new Date('2026-12-01T00:00:00Z'));
    expect(dueAt(parsePeriod('quarterly', '2026-Q4', TZ)!, TZ)).toEqual(new Date('2027-01-01T00:00:00Z'));
  });

  it('before 08:00 yesterday is not yet due; at 08:00 it is', () => {
    const keys = (now: string) => duePeriods(new Date(now), TZ, 1).map((p) => `${p.kind}:${p.key}`);
    // 07:59:59 on 3 December in Shanghai: the digest of the 2nd is not due yet, the 1st's (due 08:00 on the 2nd) still within a day
    expect(keys('2026-12-02T23:59:59Z')).toEqual(['daily:2026-12-01']);
    expect(keys('2026-12-03T00:00:00Z')).toEqual(['daily:2026-12-02']);
  });

  it('catches up: every daily bulletin due within the horizon, the month and the quarter that ended', () => {
    const due = duePeriods(new Date('2027-01-01T00:30:00Z'), TZ, 3).map((p) => `${p.kind}:${p.key}`);
    expect(due).toEqual(['daily:2026-12-29', 'daily:2026-12-30', 'daily:2026-12-31', 'monthly:2026-12', 'quarterly:2026-Q4']);
    const later = duePeriods(new Date('2027-01-10T00:30:00Z'), TZ, 3).map((p) => `${p.kind}:${p.key}`);
    expect(later).toEqual(['daily:2027-01-07', 'daily:2027-01-08', 'daily:2027-01-09']);
  });
});
