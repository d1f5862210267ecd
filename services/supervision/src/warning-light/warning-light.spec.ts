import { ManualClock } from '@sunshine/platform';
import { DAY_MS, warningLight, yellowFrom, type CaseClock } from './warning-light';

const RULE = { yellowDays: 3, yellowFraction: 0.2 };
const at = (iso: string) => new Date(iso);
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

describe('the warning light of an acceptance deadline (15 days, 信访工作条例 art. 31)', () => {
  const clock: CaseClock = { deadline: 'accept-by', startedAt: '2026-11-26T09:00:00.000Z', dueAt: '2026-12-11T09:00:00.000Z' };

  it('is green while more than 3 days are left', () => {
    expect(warningLight(clock, at('2026-11-26T09:00:00.000Z'), RULE)).toBe('green');
    expect(warningLight(clock, new Date(Date.parse(clock.dueAt) - 3 * DAY_MS - 1), RULE)).toBe('green');
  });

  it('turns yellow exactly 3 days before the deadline (3 days are also the last 20 % of 15)', () => {
    expect(warningLight(clock, new Date(Date.parse(clock.dueAt) - 3 * DAY_MS), RULE)).toBe('yellow');
    expect(yellowFrom(clock, RULE)?.toISOString()).toBe('2026-12-08T09:00:00.000Z');
  });

  it('is still yellow at the deadline instant itself: the last day counts', () => {
    expect(warningLight(clock, at(clock.dueAt), RULE)).toBe('yellow');
  });

  it('turns red one millisecond after the deadline', () => {
    expect(warningLight(clock, new Date(Date.parse(clock.dueAt) + 1), RULE)).toBe('red');
  });

  it('follows a clock that moves, without any event', () => {
    const time = new ManualClock('2026-12-01T00:00:00.000Z');
    const seen = [warningLight(clock, time.now(), RULE)];
    time.set('2026-12-09T00:00:00.000Z');
    seen.push(warningLight(clock, time.now(), RULE));
    time.advance(3 * DAY_MS);
    seen.push(warningLight(clock, time.now(), RULE));
    expect(seen).toEqual(['green', 'yellow', 'red']);
  });
});

describe('the warning light of a handling deadline (60 days, art. 32)', () => {
  const start = '2026-11-27T02:00:00.000Z';
  const clock: CaseClock = { deadline: 'handle-by', startedAt: start, dueAt: plus(start, 60 * DAY_MS) };

  it('warns in the last 20 % of a long period, earlier than the 3-day floor', () => {
    expect(warningLight(clock, new Date(Date.parse(clock.dueAt) - 12 * DAY_MS - 1), RULE)).toBe('green');
    expect(warningLight(clock, new Date(Date.parse(clock.dueAt) - 12 * DAY_MS), RULE)).toBe('yellow');
  });

  it('is green again after an approved extension of 30 days moves the deadline (period now 90 days, yellow from 18 days left)', () => {
    const now = new Date(Date.parse(clock.dueAt) - DAY_MS);
    expect(warningLight(clock, now, RULE)).toBe('yellow');
    const extended = { ...clock, dueAt: plus(clock.dueAt, 30 * DAY_MS) };
    expect(warningLight(extended, now, RULE)).toBe('green');
    expect(warningLight(extended, new Date(Date.parse(extended.dueAt) - 18 * DAY_MS), RULE)).toBe('yellow');
    expect(warningLight(extended, new Date(Date.parse(extended.dueAt) - 18 * DAY_MS - 1), RULE)).toBe('green');
  });

  it('turns an overdue case green when it is reopened with a new period', () => {
    const now = new Date(Date.parse(clock.dueAt) + 5 * DAY_MS);
    expect(warningLight(clock, now, RULE)).toBe('red');
    const reopened: CaseClock = { deadline: 'handle-by', startedAt: now.toISOString(), dueAt: plus(now.toISOString(), 30 * DAY_MS) };
    expect(warningLight(reopened, now, RULE)).toBe('green');
  });

  it('uses the 3-day floor when a reopened period is short', () => {
    const reopened: CaseClock = { deadline: 'handle-by', startedAt: start, dueAt: plus(start, 10 * DAY_MS) };
    expect(warningLight(reopened, new Date(Date.parse(reopened.dueAt) - 3 * DAY_MS), RULE)).toBe('yellow');
    expect(warningLight(reopened, new Date(Date.parse(reopened.dueAt) - 3 * DAY_MS - 1), RULE)).toBe('green');
  });
});

describe('a stopped clock (the unit replied)', () => {
  const clock: CaseClock = { deadline: 'handle-by', startedAt: '2026-11-27T02:00:00.000Z', dueAt: '2027-01-26T02:00:00.000Z' };

  it('stays green after the deadline passes when the reply was in time, even at the deadline instant', () => {
    const stopped = { ...clock, stoppedAt: clock.dueAt };
    expect(warningLight(stopped, at('2027-06-01T00:00:00.000Z'), RULE)).toBe('green');
    expect(yellowFrom(stopped, RULE)).toBeUndefined();
  });

  it('is never yellow, even when the reply came in the last days', () => {
    expect(warningLight({ ...clock, stoppedAt: '2027-01-25T00:00:00.000Z' }, at('2027-01-25T01:00:00.000Z'), RULE)).toBe('green');
  });

  it('stays red when the reply came after the deadline', () => {
    expect(warningLight({ ...clock, stoppedAt: '2027-01-26T02:00:00.001Z' }, at('2027-01-27T00:00:00.000Z'), RULE)).toBe('red');
  });
});

describe('the configuration of the rule', () => {
  const clock: CaseClock = { deadline: 'accept-by', startedAt: '2026-11-26T00:00:00.000Z', dueAt: '2026-12-11T00:00:00.000Z' };

  it('takes other thresholds: 5 days, no proportional share', () => {
    const now = new Date(Date.parse(clock.dueAt) - 5 * DAY_MS);
    expect(warningLight(clock, now, RULE)).toBe('green');
    expect(warningLight(clock, now, { yellowDays: 5, yellowFraction: 0 })).toBe('yellow');
  });

  it('gives no light without a clock or with a broken one', () => {
    expect(warningLight(undefined, at('2026-12-01T00:00:00.000Z'), RULE)).toBeNull();
    expect(warningLight({ ...clock, dueAt: 'not a date' }, at('2026-12-01T00:00:00.000Z'), RULE)).toBeNull();
  });
});
