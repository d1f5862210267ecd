import { testEvent } from './bulletin-test-events';
import { parsePeriod } from './bulletin-period';
import { bulletinFactOf, deriveBulletinRow, overdueAt, type BulletinFact, type BulletinRow } from './bulletin-row';
import { dailyDigest, monthlyBulletin, quarterlyAnalysis } from './bulletins';
import type { DomainEvent } from '@sunshine/contracts';

const TZ = 'Asia/Shanghai';
const FUXI = 'town-fuxi';
const ECO = 'ecology-environment-bureau';

function rowOf(petitionId: string, events: DomainEvent[]): BulletinRow {
  const facts = events.map((e) => bulletinFactOf(e)).filter((f): f is BulletinFact => !!f);
  return deriveBulletinRow(petitionId, facts.reverse(), TZ); // any arrival order
}

const registered = (id: string, at: string, changes = {}) => testEvent('petition.registered', id, at, { receivedAt: at, caseNumber: `SW-2026-${id}`, ...changes });
const assigned = (id: string, at: string, unitId: string, acceptBy: string, handleBy: string, unitName = unitId) =>
  testEvent('petition.assigned', id, at, { caseNumber: `SW-2026-${id}`, leadUnitId: unitId, leadUnitName: unitName, acceptBy, handleBy, receivedAt: at });

describe('the per-petition row', () => {
  it('keeps codes and dates only: no fixture text reaches a fact', () => {
    const texts = ['嘉州花园', '请区住建局', '您反映的问题', '晚上还在施工', '已于11月29日', '诉讼程序'];
    for (const type of ['petition.registered', 'petition.instructed', 'case.replied', 'feedback.rated', 'case.order-answered', 'case.not-accepted'] as const) {
      const fact = JSON.stringify(bulletinFactOf(testEvent(type, '000001', '2026-12-01T00:00:00.000Z')));
      for (const text of texts) expect(fact).not.toContain(text);
    }
    const registration = bulletinFactOf(registered('000001', '2026-12-01T00:00:00.000Z'));
    expect(registration?.key).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(JSON.stringify(registration)).not.toContain('q3JfS0lQ'); // not even the blind index itself
  });

  it('follows a case through acceptance, a late reply, a reopening and a new reply, whatever the arrival order', () => {
    const row = rowOf('000002', [
      registered('000002', '2026-11-01T01:00:00.000Z'),
      assigned('000002', '2026-11-01T02:00:00.000Z', ECO, '2026-11-16T02:00:00.000Z', '2027-01-15T02:00:00.000Z'),
      testEvent('case.accepted', '000002', '2026-11-02T02:00:00.000Z', { unitId: ECO, acceptedAt: '2026-11-02T02:00:00.000Z', handleBy: '2026-11-20T02:00:00.000Z' }),
      testEvent('case.replied', '000002', '2026-11-25T02:00:00.000Z', { unitId: ECO, repliedAt: '2026-11-25T02:00:00.000Z' }),
      testEvent('case.reopened', '000002', '2026-11-27T02:00:00.000Z', { unitId: ECO, reopenedAt: '2026-11-27T02:00:00.000Z', handleBy: '2026-12-27T02:00:00.000Z' }),
    ]);
    expect(row).toMatchObject({ unitId: ECO, pending: true, deadline: '2026-12-27T02:00:00.000Z', replies: 1, month: '2026-11', quarter: '2026-Q4' });
    expect(row.finishedAt).toBeUndefined();
  });

  it('a duplicate link puts a petition into its original’s matter; undoing the link takes it out', () => {
    const linked = testEvent('petition.duplicate-linked', '000004', '2026-11-03T00:00:00.000Z', { originalPetitionId: '000003', relation: 'repeat' });
    expect(rowOf('000004', [registered('000004', '2026-11-03T00:00:00.000Z'), linked])).toMatchObject({ matterId: '000003', relation: 'repeat' });
    const undone = testEvent('petition.link-undone', '000004', '2026-11-04T00:00:00.000Z', { originalPetitionId: '000003', undoneAt: '2026-11-04T00:00:00.000Z' });
    expect(rowOf('000004', [registered('000004', '2026-11-03T00:00:00.000Z'), linked, undone]).matterId).toBe('000004');
  });
});

describe('the daily digest (一日一清理) of 1 December 2026', () => {
  const day = parsePeriod('daily', '2026-12-01', TZ)!; // 2026-11-30T16:00Z – 2026-12-01T16:00Z
  const rows = [
    // received that day, neither instructed nor assigned
    rowOf('000101', [registered('000101', '2026-12-01T02:00:00.000Z')]),
    // received and escalated as a group item that day, instructed and assigned
    rowOf('000102', [
      registered('000102', '2026-12-01T03:00:00.000Z'),
      testEvent('petition.escalated', '000102', '2026-12-01T03:10:00.000Z', { reason: 'group' }),
      testEvent('petition.instructed', '000102', '2026-12-01T04:00:00.000Z', { decision: 'approve', instructedAt: '2026-12-01T04:00:00.000Z' }),
      assigned('000102', '2026-12-01T05:00:00.000Z', ECO, '2026-12-16T05:00:00.000Z', '2027-02-14T05:00:00.000Z'),
    ]),
    // its acceptance period ends that day and it was never accepted: turned red
    rowOf('000103', [registered('000103', '2026-11-16T05:00:00.000Z'), assigned('000103', '2026-11-16T06:00:00.000Z', FUXI, '2026-12-01T05:00:00.000Z', '2027-01-30T05:00:00.000Z', '福禄镇')]),
    // a red reminder went out that day (a promised date passed)
    rowOf('000104', [
      registered('000104', '2026-10-01T05:00:00.000Z'),
      assigned('000104', '2026-10-01T06:00:00.000Z', ECO, '2026-10-16T05:00:00.000Z', '2026-12-30T05:00:00.000Z'),
      testEvent('supervision.reminded', '000104', '2026-12-01T04:00:00.000Z', { light: 'red', deadline: 'promised-by', unitId: ECO }),
    ]),
    // replied late that day: its deadline passed earlier, it is not "turned red today"
    rowOf('000105', [
      registered('000105', '2026-10-01T05:00:00.000Z'),
      assigned('000105', '2026-10-01T06:00:00.000Z', ECO, '2026-10-16T05:00:00.000Z', '2026-11-20T05:00:00.000Z'),
      testEvent('case.accepted', '000105', '2026-10-02T05:00:00.000Z', { unitId: ECO, acceptedAt: '2026-10-02T05:00:00.000Z', handleBy: '2026-11-20T05:00:00.000Z' }),
      testEvent('case.replied', '000105', '2026-12-01T06:00:00.000Z', { unitId: ECO, repliedAt: '2026-12-01T06:00:00.000Z' }),
    ]),
  ];
  const digest = dailyDigest(rows, day, new Date('2026-12-02T00:00:00.000Z'));

  it('lists yesterday’s items not yet instructed or assigned', () => {
    expect(digest.awaitingInstruction.map((i) => i.caseNumber)).toEqual(['SW-2026-000101']);
  });

  it('lists the new urgent and group items', () => {
    expect(digest.urgentAndGroup).toEqual([expect.objectContaining({ caseNumber: 'SW-2026-000102', escalations: ['group'] })]);
  });

  it('lists what turned red that day and names its units', () => {
    expect(digest.turnedRed.map((i) => i.caseNumber)).toEqual(['SW-2026-000103', 'SW-2026-000104']);
    expect(digest.namedUnits).toEqual([ECO, FUXI]);
  });

  it('counts received, finished (one, late) and overdue at the end of the day', () => {
    expect(digest.totals).toMatchObject({ received: 2, replied: 1, onTime: 0, onTimeRate: 0, overdue: 2 }); // 000103, and 000104 never accepted
    expect(digest.provisional).toBe(false);
    expect(dailyDigest(rows, day, new Date('2026-12-01T10:00:00.000Z')).provisional).toBe(true);
  });
});

describe('the monthly bulletin (一月一办结) of November 2026', () => {
  const month = parsePeriod('monthly', '2026-11', TZ)!;
  const unit = (n: number) => `town-${String.fromCharCode(97 + n)}`;
  /** Unit n: assigned and replied in November; units 0–5 on time, the rest late; units 0–8 rated, 0–3 satisfied. */
  const rows: BulletinRow[] = Array.from({ length: 12 }, (_, n) => {
    const id = `0002${String(n).padStart(2, '0')}`;
    const handleBy = n < 6 ? '2026-11-25T00:00:00.000Z' : '2026-11-05T00:00:00.000Z';
    const events: DomainEvent[] = [
      registered(id, '2026-11-02T00:00:00.000Z'),
      assigned(id, '2026-11-02T01:00:00.000Z', unit(n), '2026-11-17T00:00:00.000Z', handleBy, `单位${n}`),
      testEvent('case.accepted', id, '2026-11-03T00:00:00.000Z', { unitId: unit(n), acceptedAt: '2026-11-03T00:00:00.000Z', handleBy }),
      testEvent('case.replied', id, '2026-11-10T00:00:00.000Z', { unitId: unit(n), repliedAt: '2026-11-10T00:00:00.000Z' }),
    ];
    if (n < 9) events.push(testEvent('feedback.rated', id, '2026-11-12T00:00:00.000Z', { unitId: unit(n), satisfaction: n < 4 ? 'satisfied' : 'dissatisfied', ratedAt: '2026-11-12T00:00:00.000Z' }));
    return rowOf(id, events);
  });
  // Fuxi: one case overdue since 20 November, with an order due 25 November never answered; an order answered in time; an order due in December.
  rows.push(
    rowOf('000301', [
      registered('000301', '2026-11-01T00:00:00.000Z'),
      assigned('000301', '2026-11-01T01:00:00.000Z', FUXI, '2026-11-20T00:00:00.000Z', '2027-01-01T00:00:00.000Z', '福禄镇'),
      testEvent('supervision.order-issued', '000301', '2026-11-21T00:00:00.000Z', { unitId: FUXI, orderId: 'DB-A-1', dueBy: '2026-11-25T00:00:00.000Z' }),
      testEvent('supervision.order-issued', '000301', '2026-11-21T00:00:00.000Z', { unitId: FUXI, orderId: 'DB-M-2', dueBy: '2026-11-26T00:00:00.000Z' }),
      testEvent('case.order-answered', '000301', '2026-11-24T00:00:00.000Z', { unitId: FUXI, orderId: 'DB-M-2', answeredAt: '2026-11-24T00:00:00.000Z' }),
      testEvent('supervision.order-issued', '000301', '2026-11-28T00:00:00.000Z', { unitId: FUXI, orderId: 'DB-M-3', dueBy: '2026-12-05T00:00:00.000Z' }),
    ]),
  );
  const bulletin = monthlyBulletin(rows, month, new Date('2026-12-01T00:00:00.000Z'));

  it('gives every unit received, finished, on time, satisfaction and overdue', () => {
    expect(bulletin.units).toHaveLength(13);
    expect(bulletin.units.find((u) => u.unitId === unit(0))).toMatchObject({ received: 1, finished: 1, onTime: 1, onTimeRate: 1, rated: 1, satisfactionRate: 1, overdue: 0, score: 1 });
    expect(bulletin.units.find((u) => u.unitId === unit(7))).toMatchObject({ onTimeRate: 0, satisfactionRate: 0, score: 0 });
    expect(bulletin.units.find((u) => u.unitId === unit(10))).toMatchObject({ onTimeRate: 0, satisfactionRate: null, score: 0 });
    expect(bulletin.units.find((u) => u.unitId === FUXI)).toMatchObject({ unitName: '福禄镇', received: 1, finished: 0, overdue: 1, score: -1 });
    expect(bulletin.totals).toMatchObject({ received: 13, replied: 12, onTime: 6, rated: 9, satisfactionRate: 0.4444, overdue: 1 });
  });

  it('the red list holds the best five, the black list the worst five, worst first', () => {
    expect(bulletin.redList.map((u) => u.unitId)).toEqual([unit(0), unit(1), unit(2), unit(3), unit(4)]);
    expect(bulletin.redList[4].score).toBe(0.5); // on time, dissatisfied
    // Nothing finished or rated, only an overdue case: ranked last (−1), so it heads the black list.
    expect(bulletin.blackList.map((u) => u.unitId)).toEqual([FUXI, unit(11), unit(10), unit(9), unit(8)]);
  });

  it('the ranking score takes off the overdue share, not a count: one overdue of two halves a perfect unit', () => {
    const perfect = rows.find((r) => r.unitId === unit(0))!;
    const overdue = { ...rows[rows.length - 1], petitionId: 'x', unitId: unit(0) };
    const line = monthlyBulletin([perfect, overdue], month, new Date('2026-12-01T00:00:00.000Z')).units[0];
    expect(line).toMatchObject({ unitId: unit(0), finished: 1, overdue: 1, score: 0.5 });
  });

  it('with few ranked units each list holds at most half of them', () => {
    const two = monthlyBulletin(rows.filter((r) => r.unitId === unit(0) || r.unitId === unit(7)), month, new Date('2026-12-01T00:00:00.000Z'));
    expect([two.redList.map((u) => u.unitId), two.blackList.map((u) => u.unitId)]).toEqual([[unit(0)], [unit(7)]]);
  });

  it('names the overdue case and the unanswered overdue order, not the answered one nor the one due in December', () => {
    expect(bulletin.overdueCases).toEqual([expect.objectContaining({ caseNumber: 'SW-2026-000301', unitId: FUXI, daysOverdue: 10 })]);
    expect(bulletin.unansweredOrders.map((o) => o.orderId)).toEqual(['DB-A-1']);
    expect(bulletin.namedUnits).toContain(FUXI);
  });

  it('overdue is judged at the end of the month: a case finished late afterwards still counts', () => {
    const late = { ...rows[rows.length - 1], pending: false, finishedAt: '2026-12-03T00:00:00.000Z' };
    expect(overdueAt(late, month.end)).toBe(true);
    expect(overdueAt(late, new Date('2026-12-04T00:00:00.000Z'))).toBe(false);
  });
});

describe('the quarterly analysis (一季一分析) of 2026-Q4', () => {
  const q4 = parsePeriod('quarterly', '2026-Q4', TZ)!;
  const q3 = parsePeriod('quarterly', '2026-Q3', TZ)!;
  const months = ['2026-10', '2026-11', '2026-12'].map((m) => parsePeriod('monthly', m, TZ)!);
  const petition = (id: string, at: string, category: string, channel: string) => {
    const events = [registered(id, at, { channel, area: 'town-jiayang' }), testEvent('petition.triaged', id, at, { category: { level1: category, level2: '其他' }, kind: 'complaint' })];
    return rowOf(id, events);
  };
  const rows = [
    ...['000401', '000402', '000403', '000404'].map((id) => petition(id, '2026-11-05T00:00:00.000Z', '环境保护', 'web')),
    petition('000405', '2026-10-05T00:00:00.000Z', '城乡建设', 'hotline'),
  ];
  const previousRows = [petition('000406', '2026-08-05T00:00:00.000Z', '环境保护', 'web'), petition('000407', '2026-08-05T00:00:00.000Z', '环境保护', 'web')];
  const analysis = quarterlyAnalysis([...rows, ...previousRows], previousRows, q4, q3, months, [], new Date('2027-01-01T00:00:00.000Z'));

  it('counts volumes by category, area, channel and kind against the previous quarter', () => {
    expect(analysis.volumes.category[0]).toEqual({ code: '环境保护', label: '环境保护', count: 4, previous: 2, change: 1 });
    expect(analysis.volumes.category[1]).toMatchObject({ code: '城乡建设', count: 1, previous: 0, change: null });
    expect(analysis.volumes.channel.map((v) => [v.label, v.count])).toEqual([['网上留言', 4], ['电话热线', 1]]);
    expect(analysis.volumes.kind[0]).toMatchObject({ code: 'complaint', count: 5 });
    expect(analysis.months.map((m) => m.received)).toEqual([1, 4, 0]);
    expect(analysis.previousTotals.received).toBe(2);
  });

  it('writes the joint inspection report from the figures', () => {
    expect(analysis.inspection.title).toBe('2026年第4季度网上信访工作联合督查报告');
    const text = analysis.inspection.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n');
    expect(text).toContain('本季度共受理网上信访事项5件，较上季度上升150.0%');
    expect(text).toContain('主要集中在环境保护4件、城乡建设1件');
    expect(text).toContain('上升较快的是环境保护（较上季度上升100.0%）');
    expect(analysis.inspection.sections.map((s) => s.heading)).toEqual(['一、基本情况', '二、信访事项的特点和趋势', '三、热点问题和群体性苗头', '四、存在的问题', '五、下一步工作建议']);
  });
});
