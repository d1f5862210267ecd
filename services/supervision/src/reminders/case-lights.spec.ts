import { DEFAULT_LIGHT_RULE } from '@sunshine/contracts';
import { deriveCase } from '../timeline/case-state';
import {
  automaticOrderId,
  earliest,
  evaluateLimit,
  mergeLimits,
  orderLimit,
  reminderId,
  watchedLimitsOf,
  worstLight,
  type StoredLimit,
  type WatchedLimit,
} from './case-lights';

const TZ = 'Asia/Shanghai';
const DAY = 86_400_000;
const PETITION = '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01';

// A 60-day handling period that ends on Friday 2026-12-04 at the end of the day in Shanghai.
const handle: WatchedLimit = { key: 'handle-by', kind: 'handle-by', startedAt: '2026-10-05T16:00:00.000Z', dueAt: '2026-12-04T15:59:59.999Z' };
const fresh = (w: WatchedLimit): StoredLimit => ({ ...w, light: 'green', since: w.startedAt, reminded: [] });
const at = (s: string) => new Date(s);

describe('the light of a watched limit', () => {
  it('stays green before the last 20 % of the period and asks to be looked at when yellow begins', () => {
    const result = evaluateLimit(fresh(handle), at('2026-11-01T00:00:00Z'), DEFAULT_LIGHT_RULE, TZ);
    expect(result.limit.light).toBe('green');
    expect(result.remind).toEqual([]);
    // 20 % of 60 days = 12 days before the deadline.
    expect(result.nextCheckAt?.toISOString()).toBe(new Date(Date.parse(handle.dueAt) - 12 * DAY).toISOString());
  });

  it('turns yellow once, with one reminder, however often it is evaluated', () => {
    const first = evaluateLimit(fresh(handle), at('2026-11-25T00:00:00Z'), DEFAULT_LIGHT_RULE, TZ);
    expect(first.limit.light).toBe('yellow');
    expect(first.remind).toEqual(['yellow']);
    expect(first.limit.since).toBe(new Date(Date.parse(handle.dueAt) - 12 * DAY).toISOString());
    expect(first.nextCheckAt?.toISOString()).toBe('2026-12-04T16:00:00.000Z');
    const again = evaluateLimit(first.limit, at('2026-11-26T00:00:00Z'), DEFAULT_LIGHT_RULE, TZ);
    expect(again.limit.light).toBe('yellow');
    expect(again.remind).toEqual([]);
  });

  it('the deadline instant itself is still in time; a millisecond later it is red and reminded', () => {
    const yellow = evaluateLimit(fresh(handle), at('2026-11-25T00:00:00Z'), DEFAULT_LIGHT_RULE, TZ).limit;
    expect(evaluateLimit(yellow, at(handle.dueAt), DEFAULT_LIGHT_RULE, TZ).limit.light).toBe('yellow');
    const red = evaluateLimit(yellow, at('2026-12-04T16:00:00.000Z'), DEFAULT_LIGHT_RULE, TZ);
    expect(red.limit.light).toBe('red');
    expect(red.remind).toEqual(['red']);
    expect(red.limit.since).toBe('2026-12-04T16:00:00.000Z');
    expect(red.limit.reminded).toEqual(['yellow', 'red']);
  });

  it('orders the next working day at the start of the day in Shanghai, not before (Friday → Monday)', () => {
    const red = evaluateLimit(fresh(handle), at('2026-12-05T02:00:00Z'), DEFAULT_LIGHT_RULE, TZ);
    expect(red.limit.orderAt).toBe('2026-12-06T16:00:00.000Z'); // Monday 2026-12-07 00:00 in Shanghai
    expect(red.orderDue).toBe(false);
    expect(red.nextCheckAt?.toISOString()).toBe('2026-12-06T16:00:00.000Z');
    expect(evaluateLimit(red.limit, at('2026-12-06T15:59:59.999Z'), DEFAULT_LIGHT_RULE, TZ).orderDue).toBe(false);
    const monday = evaluateLimit(red.limit, at('2026-12-06T16:00:00.000Z'), DEFAULT_LIGHT_RULE, TZ);
    expect(monday.orderDue).toBe(true);
    expect(monday.remind).toEqual([]);
    const ordered = evaluateLimit({ ...monday.limit, autoOrderId: 'DB-A-1' }, at('2026-12-07T16:00:00Z'), DEFAULT_LIGHT_RULE, TZ);
    expect(ordered.orderDue).toBe(false);
    expect(ordered.nextCheckAt).toBeNull();
  });

  it('found already past after downtime, it goes straight to red with a single red reminder and its order is due at once', () => {
    const late = evaluateLimit(fresh(handle), at('2026-12-09T03:00:00Z'), DEFAULT_LIGHT_RULE, TZ);
    expect(late.remind).toEqual(['red']);
    expect(late.limit.reminded).toEqual(['red']);
    expect(late.orderDue).toBe(true);
  });

  it('an order limit turns red but orders nothing (its lateness goes to the bulletin)', () => {
    const order = evaluateLimit(fresh(orderLimit('DB-M-1', '2026-12-01T02:00:00Z', '2026-12-08T15:59:59.999Z')), at('2026-12-09T00:00:00Z'), DEFAULT_LIGHT_RULE, TZ);
    expect(order.limit.light).toBe('red');
    expect(order.remind).toEqual(['red']);
    expect(order.limit.orderAt).toBeUndefined();
    expect(order.nextCheckAt).toBeNull();
  });

  it('follows the rule configured for the limit', () => {
    const promise: WatchedLimit = { key: 'promised-by', kind: 'promised-by', startedAt: '2026-12-01T00:00:00Z', dueAt: '2026-12-11T00:00:00Z' };
    const loose = { yellowDays: 1, yellowFraction: 0.5 };
    expect(evaluateLimit(fresh(promise), at('2026-12-06T00:00:00Z'), loose, TZ).limit.light).toBe('yellow');
    expect(evaluateLimit(fresh(promise), at('2026-12-06T00:00:00Z'), DEFAULT_LIGHT_RULE, TZ).limit.light).toBe('green');
  });
});

describe('the limits of a case', () => {
  it('keeps a limit with the same due date as it was, and starts a moved one green (an extension can be reminded of again)', () => {
    const yellow = evaluateLimit(fresh(handle), at('2026-11-25T00:00:00Z'), DEFAULT_LIGHT_RULE, TZ).limit;
    const order = fresh(orderLimit('DB-M-1', '2026-11-20T00:00:00Z', '2026-11-27T15:59:59.999Z'));
    expect(mergeLimits([yellow, order], [handle])).toEqual({ limits: [yellow, order], changed: false });
    const extended = { ...handle, dueAt: '2027-01-03T15:59:59.999Z' };
    const merged = mergeLimits([yellow, order], [extended]);
    expect(merged.changed).toBe(true);
    expect(merged.limits[0]).toMatchObject({ light: 'green', reminded: [], dueAt: extended.dueAt });
    expect(merged.limits[1]).toBe(order);
    expect(mergeLimits([yellow, order], [])).toEqual({ limits: [order], changed: true });
  });

  it('watches the running unit clock and an unkept promise, nothing once the unit replied or the case closed', () => {
    const state = deriveCase(PETITION, []);
    expect(watchedLimitsOf({ ...state, open: true, leadUnitId: 'u-1', clock: { deadline: 'accept-by', startedAt: '2026-12-01T00:00:00Z', dueAt: '2026-12-16T00:00:00Z' } })).toEqual([
      { key: 'accept-by', kind: 'accept-by', startedAt: '2026-12-01T00:00:00Z', dueAt: '2026-12-16T00:00:00Z' },
    ]);
    const replied = {
      ...state,
      open: true,
      leadUnitId: 'u-1',
      clock: { deadline: 'handle-by' as const, startedAt: '2026-12-01T00:00:00Z', dueAt: '2027-01-30T00:00:00Z', stoppedAt: '2026-12-10T00:00:00Z' },
      replies: [{ round: 1, unitId: 'u-1', outcome: 'supported' as const, repliedAt: '2026-12-10T00:00:00Z', onTime: true }],
      workflow: { ...state.workflow, promise: { round: 1, promisedBy: '2027-01-10T00:00:00Z' } },
    };
    expect(watchedLimitsOf(replied)).toEqual([{ key: 'promised-by', kind: 'promised-by', startedAt: '2026-12-10T00:00:00Z', dueAt: '2027-01-10T00:00:00Z' }]);
    expect(watchedLimitsOf({ ...replied, workflow: { ...replied.workflow, promise: { ...replied.workflow.promise, completedAt: '2027-01-05T00:00:00Z' } } })).toEqual([]);
    expect(watchedLimitsOf({ ...replied, open: false })).toEqual([]);
  });

  it('shows the worst light since it began, and the earliest next check', () => {
    const yellow = { ...fresh(handle), light: 'yellow' as const, since: '2026-11-22T16:00:00.000Z' };
    const red = { ...fresh(orderLimit('DB-M-1', '2026-11-20T00:00:00Z', '2026-11-27T15:59:59.999Z')), light: 'red' as const, since: '2026-11-27T16:00:00.000Z' };
    expect(worstLight([yellow, red])).toEqual({ light: 'red', since: '2026-11-27T16:00:00.000Z' });
    expect(worstLight([])).toBeNull();
    expect(earliest([null, at('2026-12-02T00:00:00Z'), at('2026-12-01T00:00:00Z')])?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(earliest([null])).toBeNull();
  });
});

describe('idempotence keys', () => {
  it('derive the same id from the same cause and different ids from different causes', () => {
    expect(automaticOrderId(PETITION, 'overdue', `handle-by~${handle.dueAt}`)).toBe(automaticOrderId(PETITION, 'overdue', `handle-by~${handle.dueAt}`));
    expect(automaticOrderId(PETITION, 'overdue', 'handle-by~a')).not.toBe(automaticOrderId(PETITION, 'overdue', 'handle-by~b'));
    expect(automaticOrderId(PETITION, 'overdue', 'x')).not.toBe(automaticOrderId(PETITION, 'repeated-returns', 'x'));
    expect(automaticOrderId(PETITION, 'overdue', 'x')).toMatch(/^DB-A-[0-9A-F]{20}$/);
    expect(reminderId(PETITION, 'handle-by', handle.dueAt, 'yellow')).toBe(reminderId(PETITION, 'handle-by', handle.dueAt, 'yellow'));
    expect(reminderId(PETITION, 'handle-by', handle.dueAt, 'yellow')).not.toBe(reminderId(PETITION, 'handle-by', handle.dueAt, 'red'));
  });
});
