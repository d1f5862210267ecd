import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWorkday } from 'chinese-days';
import { signDevToken } from '@sunshine/auth';
import { endOfDayAfter } from '@sunshine/contracts';
import { REPO_ROOT, testNamespace, waitUntil } from '@sunshine/testing';
import { pdfText } from './support/pdf-text';
import { http, startSystem, type RunningSystem } from './support/system';
import { replyBody, STEP, Workbench, type Receipt, type Submission } from './support/workbench';
import { readXlsxWithOpenpyxl } from './support/xlsx-openpyxl';

/**
 * Supervision to the end (issue 12) over HTTP only, on one running system whose clock the test
 * sets to fixed dates of 2026 (Asia/Shanghai), so the calendar — a weekend, the make-up working
 * Sunday of 20 September, the Mid-Autumn holiday of 25 September — is the same whenever it runs:
 *
 * - X (water bureau): received Sun 5 July, accepted late on Mon 20 July (past accept-by, before the
 *   accept-by order's working day, so no order for it), handle-by Fri 18 September; yellow on
 *   8 September (≤ 20 % of the 60 days left), red on Sat 19 September with no order that day, the
 *   automatic order on Sun 20 September (a make-up working day), due after five working days
 *   (Mon 28 September, the holiday skipped) and left unanswered.
 * - Y (housing bureau): a supervisor's order by hand, answered by the unit in handling; replied, satisfied.
 * - Z (transport bureau): replied, visited, satisfied.
 * Then on Thu 1 October the September bulletin and the Q3 analysis are published by the scheduler,
 * the Q3 appraisal is read, its documents opened by independent readers, published, and the
 * signed history verified. Every item waits for a leader (ROUTING_INSTRUCTION_POLICY=all).
 */

const WATER = 'water-affairs-bureau';
const HOUSING = 'housing-construction-bureau';
const ROADS = 'transport-bureau';
const TZ = 'Asia/Shanghai';
const DAY_MS = 86_400_000;

/** An instant of Shanghai local time. */
const sh = (local: string) => new Date(`${local}+08:00`);
const dateIn = (at: Date | string) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date(at));
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** The rule the scheduler uses (working-days.ts): the start of the first working day after the day of `at`. */
function startOfNextWorkingDay(at: Date): Date {
  let day = nextDay(dateIn(at));
  while (!isWorkday(day)) day = nextDay(day);
  return sh(`${day}T00:00:00.000`);
}

/** The end of the n-th working day after the day of `from` (the order's due date). */
function endOfNthWorkingDay(from: Date, n: number): Date {
  let day = dateIn(from);
  for (let counted = 0; counted < n; ) {
    day = nextDay(day);
    if (isWorkday(day)) counted += 1;
  }
  return sh(`${day}T23:59:59.999`);
}

const SUBMISSIONS: Record<'x' | 'y' | 'z', [Submission, string]> = {
  x: [{ subject: '投诉自来水水质浑浊发黄', text: '沙湾区福禄镇新街的自来水最近一个月浑浊发黄，烧开后有沉淀，多次向水厂反映没有结果，请水务部门检测水质并处理。', petitioner: { phone: '13800000021' } }, WATER],
  y: [{ subject: '投诉安置房楼顶漏水', text: '太平镇安置小区三栋楼顶防水层破损，一下雨顶楼住户家里就漏水，墙皮脱落，开发商一直不维修。', petitioner: { phone: '13800000022' } }, HOUSING],
  z: [{ subject: '反映乡村公路塌方未修复', text: '牛石镇至轸溪乡公路K12处雨后塌方，只放了锥桶，过往车辆只能单边通行，夜间非常危险，请尽快修复。', petitioner: { phone: '13800000023' } }, ROADS],
};

describe('supervision to the end over HTTP: reminders, orders, bulletin, appraisal', () => {
  let system: RunningSystem;
  let w: Workbench;
  let logDir: string;
  const tokens: Record<string, string> = {};
  const cases: Record<string, { receipt: Receipt; petitionId: string; unitId: string }> = {};
  const timings: string[] = [];
  let autoOrder: any;

  /** Every service's Clock.now() reads this Shanghai local time from now on (real time keeps running). */
  const setClock = (local: string) => system.clock.set(sh(local).getTime() - Date.now());
  const supervision = (path: string, token = tokens.supervisor) => http('GET', `${system.url.supervision}${path}`, { token });
  const timelineTypes = async (petitionId: string): Promise<string[]> => ((await supervision(`/api/v1/timeline/${petitionId}`)).body?.events ?? []).map((e: any) => e.type);
  const ordersOf = async (petitionId: string): Promise<any[]> => ((await supervision('/api/v1/supervision-orders')).body?.items ?? []).filter((o: any) => o.petitionId === petitionId);
  const feedOf = async (unitId: string, petitionId: string): Promise<any[]> =>
    ((await supervision('/api/v1/notifications', await w.unit(unitId))).body?.items ?? []).filter((n: any) => n.petitionId === petitionId);
  const binary = async (path: string, token: string) => {
    const response = await fetch(`${system.url.supervision}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const keep = (name: string, content: Buffer) => writeFileSync(join(logDir, name), content);

  async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
    const started = Date.now();
    try {
      return await run();
    } finally {
      timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }

  beforeAll(async () => {
    system = await startSystem(
      testNamespace('supervision-chain'),
      {
        routing: { ROUTING_INSTRUCTION_POLICY: 'all' },
        supervision: { SUPERVISION_SCAN_MS: '500', SUPERVISION_BULLETIN_SCAN_MS: '1000' },
      },
      { movableClock: true },
    );
    w = new Workbench(system);
    logDir = join(REPO_ROOT, '.data', 'test-logs', system.namespace);
    mkdirSync(logDir, { recursive: true });
    tokens.supervisor = await signDevToken({ roles: ['supervisor'], subject: 'supervisor-1' });
    tokens.orgDept = await signDevToken({ roles: ['organization-department'], subject: 'org-dept-1' });
  }, 180_000);

  afterAll(async () => {
    if (system && logDir) writeFileSync(join(logDir, 'supervision-chain-timings.txt'), timings.join('\n'));
    await system?.stop();
  });

  it('opens X, Y and Z on Sunday 5 July 2026; Y and Z are accepted at once, X waits', async () => {
    await timed('open cases', async () => {
      await setClock('2026-07-05T09:00:00');
      await Promise.all(
        Object.entries(SUBMISSIONS).map(async ([key, [submission, unitId]]) => {
          const receipt = await w.submit(submission);
          await w.instruct(receipt.petitionId, { leadUnitId: unitId });
          cases[key] = { receipt, petitionId: receipt.petitionId, unitId };
        }),
      );
      for (const key of ['y', 'z']) await w.accept(cases[key].petitionId, cases[key].unitId);
      const x = await w.caseUntil(cases.x.petitionId, WATER, (c) => c.status === 'assigned', 'X assigned');
      // Accept-by counts 15 days from receipt (条例 art. 31).
      expect(dateIn(x.acceptBy)).toBe('2026-07-20');
    });
  }, 180_000);

  it('a manual order by a supervisor is answered by the unit in handling and shows as answered in supervision', async () => {
    await timed('manual order answered', async () => {
      const { petitionId } = cases.y;
      const refused = await http('POST', `${system.url.supervision}/api/v1/supervision-orders`, { token: tokens.supervisor, body: { petitionId, reason: 'overdue', note: '自动督办的理由不能手工使用' } });
      expect(refused.status).toBe(400);
      const issued = await waitUntil(
        () => http('POST', `${system.url.supervision}/api/v1/supervision-orders`, { token: tokens.supervisor, body: { petitionId, reason: 'no-result-reported', note: '请于期限内书面报告楼顶漏水的现场核查和维修结果。' } }),
        (r) => r.status === 201,
        { ...STEP, message: 'the manual order issued once supervision knows the case' },
      );
      const { orderId, dueBy } = issued.body;
      // Issued on Sunday 5 July: due at the end of the fifth working day, Friday 10 July.
      expect(dueBy).toBe(sh('2026-07-10T23:59:59.999').toISOString());
      const onCase = await w.caseUntil(petitionId, HOUSING, (c) => c.supervisionOrders.some((o: any) => o.orderId === orderId), 'the order on the unit’s case');
      expect(onCase.supervisionOrders.find((o: any) => o.orderId === orderId)).toMatchObject({ dueBy, issuedBy: 'supervisor-1' });
      const answerPath = `${system.url.handling}/api/v1/cases/${petitionId}/supervision-orders/${orderId}/answer`;
      const answer = { answer: '已组织现场核查，施工单位已完成楼顶防水维修，并书面答复信访人。' };
      // Another unit cannot answer it (it does not see the case); an empty answer is refused.
      expect((await http('POST', answerPath, { token: await w.unit(ROADS), body: answer })).status).toBe(404);
      expect((await http('POST', answerPath, { token: await w.unit(HOUSING), body: { answer: '' } })).status).toBe(400);
      const answeredCase = await http('POST', answerPath, { token: await w.unit(HOUSING), body: answer });
      expect(answeredCase.status).toBe(200);
      expect(answeredCase.body.supervisionOrders.find((o: any) => o.orderId === orderId)).toMatchObject({ answer: answer.answer, answeredAt: expect.any(String), overdue: false });
      const again = await http('POST', answerPath, { token: await w.unit(HOUSING), body: { answer: '再次答复' } });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'ORDER.ALREADY_ANSWERED' });
      const answered = await waitUntil(() => ordersOf(petitionId), (items) => items[0]?.status === 'answered', { ...STEP, message: 'the order answered in supervision' });
      expect(answered).toHaveLength(1);
      expect(answered[0]).toMatchObject({ orderId, automatic: false, reasonCode: 'no-result-reported', unitId: HOUSING, answeredLate: false, answer: answer.answer });
      // The unit's feed carries the order.
      expect((await waitUntil(() => feedOf(HOUSING, petitionId), (f) => f.length > 0, { ...STEP, message: 'the order in the feed' }))[0]).toMatchObject({ kind: 'order', orderId });

      // Y and Z are replied and rated; Z is also visited.
      for (const key of ['y', 'z']) {
        const r = await w.act(cases[key].petitionId, cases[key].unitId, 'reply', replyBody('supported'));
        expect([200, 201]).toContain(r.status);
        await w.rate(cases[key].receipt, 'satisfied');
      }
      const visit = { caseNumber: cases.z.receipt.caseNumber, method: 'phone', summary: '群众表示塌方已修复，道路恢复双向通行。', visitor: '交通运输局 张科员' };
      await waitUntil(
        async () => http('POST', `${system.url.feedback}/api/v1/visits`, { token: await w.unit(ROADS), body: visit }),
        (r) => r.status === 201,
        { ...STEP, message: 'the visit of Z recorded' },
      );
    });
  }, 180_000);

  it('X accepted late crosses yellow and red; the automatic order comes the next working day, not the same day', async () => {
    await timed('yellow, red, automatic order', async () => {
      const { petitionId } = cases.x;
      // Past accept-by (09:00) on Monday 20 July: accepted late, before the accept-by order's day (Tue 21 July).
      await setClock('2026-07-20T12:00:00');
      await w.accept(petitionId, WATER);
      const accepted = await w.caseUntil(petitionId, WATER, (c) => c.status === 'accepted', 'X accepted');
      const handleBy = new Date(accepted.handleBy);
      expect(handleBy.toISOString()).toBe(endOfDayAfter(new Date(accepted.acceptedAt), 60, TZ).toISOString());
      expect(handleBy.toISOString()).toBe(sh('2026-09-18T23:59:59.999').toISOString());
      const period = handleBy.getTime() - new Date(accepted.acceptedAt).getTime();

      // Tuesday 8 September: 10.6 of 60.5 days left (≤ 20 %) → yellow.
      await setClock('2026-09-08T10:00:00');
      expect((handleBy.getTime() - sh('2026-09-08T10:00:00').getTime()) / period).toBeLessThanOrEqual(0.2);
      const yellow = await waitUntil(() => feedOf(WATER, petitionId), (f) => f.some((n) => n.deadline === 'handle-by' && n.light === 'yellow'), { ...STEP, message: 'the yellow reminder in the unit’s feed' });
      expect(yellow.find((n) => n.deadline === 'handle-by' && n.light === 'yellow')).toMatchObject({ kind: 'reminder', caseNumber: cases.x.receipt.caseNumber, dueAt: handleBy.toISOString() });
      expect(yellow.some((n) => n.deadline === 'handle-by' && n.light === 'red')).toBe(false);
      expect(await timelineTypes(petitionId)).toContain('supervision.reminded');
      // Another unit sees none of it.
      expect(await feedOf(HOUSING, petitionId)).toEqual([]);

      // Saturday 19 September: handle-by passed → red, but no order on the day it turned.
      await setClock('2026-09-19T10:00:00');
      await waitUntil(() => feedOf(WATER, petitionId), (f) => f.some((n) => n.deadline === 'handle-by' && n.light === 'red'), { ...STEP, message: 'the red reminder' });
      await new Promise((resolve) => setTimeout(resolve, 2_500)); // five scans at 500 ms
      expect(await ordersOf(petitionId)).toEqual([]);
      const red = (await supervision('/api/v1/warnings?light=red')).body.items as any[];
      expect(red.map((c) => c.petitionId)).toContain(petitionId);

      // The next working day by the official calendar: Sunday 20 September is a make-up working day.
      const orderDay = startOfNextWorkingDay(new Date(handleBy.getTime() + 1));
      expect(dateIn(orderDay)).toBe('2026-09-20');
      await system.clock.set(orderDay.getTime() + 9 * 3_600_000 - Date.now());
      const [order] = await waitUntil(() => ordersOf(petitionId), (items) => items.length > 0, { ...STEP, message: 'the automatic order on the next working day' });
      autoOrder = order;
      expect(order).toMatchObject({ reasonCode: 'overdue', automatic: true, unitId: WATER, caseNumber: cases.x.receipt.caseNumber, status: 'open' });
      expect(new Date(order.issuedAt).getTime()).toBeGreaterThanOrEqual(orderDay.getTime());
      // Due after five working days: 21–24 September, the Mid-Autumn holiday (25th) and the weekend skipped, Monday 28th.
      expect(order.dueBy).toBe(endOfNthWorkingDay(orderDay, 5).toISOString());
      expect(dateIn(order.dueBy)).toBe('2026-09-28');
      expect(await ordersOf(petitionId)).toHaveLength(1); // none for the late acceptance
      const onCase = await w.caseUntil(petitionId, WATER, (c) => c.supervisionOrders.some((o: any) => o.orderId === order.orderId), 'the order on the unit’s case in handling');
      expect(onCase.supervisionOrders.find((o: any) => o.orderId === order.orderId)).toMatchObject({ dueBy: order.dueBy });
      expect(onCase.supervisionOrders.find((o: any) => o.orderId === order.orderId).answeredAt).toBeUndefined();
      await waitUntil(() => feedOf(WATER, petitionId), (f) => f.some((n) => n.kind === 'order' && n.orderId === order.orderId), { ...STEP, message: 'the order in the unit’s feed' });
      await waitUntil(() => timelineTypes(petitionId), (t) => t.includes('supervision.order-issued'), { ...STEP, message: 'the order on the timeline' });

      // Left unanswered: overdue on Tuesday 29 September, in supervision and on the unit's case.
      await setClock('2026-09-29T10:00:00');
      const overdue = await waitUntil(async () => ((await supervision('/api/v1/supervision-orders?status=overdue')).body?.items ?? []) as any[], (items) => items.some((o) => o.orderId === order.orderId), { ...STEP, message: 'the order overdue' });
      expect(overdue.map((o) => o.petitionId)).toEqual([petitionId]);
    });
  }, 180_000);

  it('the September bulletin, published by the scheduler on 1 October, names the unit, the overdue case and the unanswered order; its XLSX and PDF agree', async () => {
    await timed('monthly bulletin', async () => {
      await setClock('2026-10-01T10:00:00');
      const view = await waitUntil(async () => (await supervision('/api/v1/bulletins/monthly/2026-09')).body, (b) => b?.published === true, { ...STEP, message: 'the September bulletin published on schedule' });
      const b = view.bulletin;
      expect(view.bulletinId).toBe('BL-M-2026-09');
      expect(b.provisional).toBe(false);
      expect(b.units.map((u: any) => u.unitId)).toEqual([WATER]);
      const water = b.units[0];
      expect(water).toMatchObject({ overdue: 1, received: 0, finished: 0 });
      expect(b.overdueCases).toEqual([expect.objectContaining({ petitionId: cases.x.petitionId, caseNumber: cases.x.receipt.caseNumber, unitId: WATER, daysOverdue: 12 })]);
      expect(b.unansweredOrders).toEqual([expect.objectContaining({ orderId: autoOrder.orderId, petitionId: cases.x.petitionId, unitId: WATER, dueBy: autoOrder.dueBy })]);
      expect(b.namedUnits).toEqual([WATER]);
      // The unit's summary records the mention (supervision.bulletin-published consumed).
      const summary = await waitUntil(async () => (await supervision(`/api/v1/units/${WATER}/summary`)).body, (s) => (s?.namedInBulletins ?? []).some((m: any) => m.bulletinId === 'BL-M-2026-09'), { ...STEP, message: 'the bulletin named in the unit summary' });
      expect(summary.namedInBulletins.find((m: any) => m.bulletinId === 'BL-M-2026-09')).toMatchObject({ period: 'monthly' });

      const xlsx = await binary('/api/v1/bulletins/monthly/2026-09/report.xlsx', tokens.supervisor);
      keep('bulletin-monthly-2026-09.xlsx', xlsx);
      const sheets = readXlsxWithOpenpyxl(xlsx);
      expect(sheets['各单位'][0]).toEqual(['单位', '交办', '办结', '按期办结率', '满意率', '超期']);
      expect(sheets['各单位'].slice(1).filter((r) => r[0] !== null)).toEqual([[water.unitName, 0, 0, null, null, 1]]);
      expect(sheets['超期件'].slice(1)).toEqual([expect.arrayContaining([cases.x.receipt.caseNumber, water.unitName, 12])]);
      expect(sheets['督办逾期'].slice(1)).toEqual([expect.arrayContaining([autoOrder.orderId, cases.x.receipt.caseNumber, water.unitName])]);
      const pdf = await binary('/api/v1/bulletins/monthly/2026-09/report.pdf', tokens.supervisor);
      keep('bulletin-monthly-2026-09.pdf', pdf);
      const text = pdfText(pdf);
      expect(text).toContain('2026年09月信访事项办理情况通报');
      for (const unit of b.units) expect(text).toContain(unit.unitName);
      expect(text).toContain(cases.x.receipt.caseNumber);
      expect(text).toContain(autoOrder.orderId);
    });
  }, 120_000);

  it('the Q3 appraisal has the unit with the overdue-order deduction and the late acceptance behind its finding; scores, grades and ranks exactly', async () => {
    await timed('appraisal', async () => {
      expect((await supervision('/api/v1/appraisals/2026-Q3', tokens.supervisor)).status).toBe(403);
      const appraisal = await waitUntil(async () => (await supervision('/api/v1/appraisals/2026-Q3', tokens.orgDept)).body, (a) => a?.units?.length === 3, { ...STEP, message: 'three units appraised' });
      expect(appraisal).toMatchObject({ period: '2026-Q3', provisional: false });
      const byUnit = Object.fromEntries(appraisal.units.map((u: any) => [u.unitId, u]));
      // X: accepted late (0/1 → 0), waiting past handle-by (0/1 → 0), nothing replied or rated
      // (full 10 + 5 + 25 + 20), no repeats (10) = 70, one overdue order −2 → 68, 合格, third.
      expect(byUnit[WATER]).toMatchObject({ cases: 1, overdueOrders: 1, deduction: 2, score: 68, grade: 'pass', rank: 3, commended: false });
      const points = (u: any) => Object.fromEntries(u.indicators.map((i: any) => [i.code, [i.numerator, i.denominator, i.points]]));
      expect(points(byUnit[WATER])).toMatchObject({ onTimeAcceptance: [0, 1, 0], onTimeClosure: [0, 1, 0], satisfaction: [0, 0, 25] });
      expect(byUnit[WATER].findings).toEqual([{ code: 'handling', cases: [{ petitionId: cases.x.petitionId, caseNumber: cases.x.receipt.caseNumber, reasons: ['late-acceptance'] }] }]);
      // Z: everything on time, visited, satisfied = 100; Y: the same without a visit = 95 (its order answered in time: no deduction).
      expect(byUnit[ROADS]).toMatchObject({ score: 100, grade: 'excellent', rank: 1, commended: true, deduction: 0, findings: [] });
      expect(byUnit[HOUSING]).toMatchObject({ score: 95, grade: 'excellent', rank: 2, commended: true, overdueOrders: 0, deduction: 0, findings: [] });
      expect(points(byUnit[HOUSING]).returnVisit).toEqual([0, 1, 0]);

      const xlsx = await binary('/api/v1/appraisals/2026-Q3/report.xlsx', tokens.orgDept);
      keep('appraisal-2026-Q3.xlsx', xlsx);
      const sheets = readXlsxWithOpenpyxl(xlsx);
      const ranking = sheets['得分排名'].slice(1).filter((r) => r[0] !== null);
      expect(ranking.map((r) => [r[0], r[1], r[2]])).toEqual([
        [1, byUnit[ROADS].unitName, 100],
        [2, byUnit[HOUSING].unitName, 95],
        [3, byUnit[WATER].unitName, 68],
      ]);
      expect(ranking[2]).toContain(2); // 督办扣分
      expect(sheets['四个不到位'].slice(1).filter((r) => r[0] !== null)).toEqual([[byUnit[WATER].unitName, '办理不到位', cases.x.receipt.caseNumber, expect.any(String)]]);
      const pdf = await binary('/api/v1/appraisals/2026-Q3/report.pdf', tokens.orgDept);
      keep('appraisal-2026-Q3.pdf', pdf);
      const text = pdfText(pdf);
      for (const unit of appraisal.units) expect(text).toContain(unit.unitName);
      expect(text).toContain(cases.x.receipt.caseNumber);
    });
  }, 120_000);

  it('the Q3 analysis published on schedule: all three units in its XLSX and PDF', async () => {
    await timed('quarterly analysis', async () => {
      const view = await waitUntil(async () => (await supervision('/api/v1/bulletins/quarterly/2026-Q3')).body, (b) => b?.published === true, { ...STEP, message: 'the Q3 analysis published on schedule' });
      const q = view.bulletin;
      expect(q.totals).toMatchObject({ received: 3, replied: 2, overdue: 1 });
      expect(q.units.map((u: any) => u.unitId).sort()).toEqual([HOUSING, ROADS, WATER].sort());
      expect(q.unansweredOrders.map((o: any) => o.orderId)).toEqual([autoOrder.orderId]);
      const sheets = readXlsxWithOpenpyxl(await binary('/api/v1/bulletins/quarterly/2026-Q3/report.xlsx', tokens.supervisor));
      expect(sheets['各单位'].slice(1).filter((r) => r[0] !== null).map((r) => r[0]).sort()).toEqual(q.units.map((u: any) => u.unitName).sort());
      const pdf = await binary('/api/v1/bulletins/quarterly/2026-Q3/report.pdf', tokens.supervisor);
      keep('bulletin-quarterly-2026-Q3.pdf', pdf);
      const text = pdfText(pdf);
      for (const unit of q.units) expect(text).toContain(unit.unitName);
    });
  }, 120_000);

  it('publishing the ended appraisal keeps it in the signed history and sends appraisal.published; verify says ok', async () => {
    await timed('publish and verify', async () => {
      expect((await http('POST', `${system.url.supervision}/api/v1/appraisals/2026-Q4/publish`, { token: tokens.orgDept })).status).toBe(409);
      const published = await http('POST', `${system.url.supervision}/api/v1/appraisals/2026-Q3/publish`, { token: tokens.orgDept });
      expect(published.status).toBe(201);
      expect(published.body).toMatchObject({ appraisalId: 'AP-2026-Q3', period: '2026-Q3', historyEntry: 1, reportSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const again = await http('POST', `${system.url.supervision}/api/v1/appraisals/2026-Q3/publish`, { token: tokens.orgDept });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'APPRAISAL.ALREADY_PUBLISHED' });
      const history = (await supervision('/api/v1/report-history', tokens.orgDept)).body;
      expect(JSON.stringify(history)).toContain('appraisal:2026-Q3');
      expect(JSON.stringify(history)).toContain(published.body.reportSha256);
      // appraisal.published reached the units' ledgers.
      const summary = await waitUntil(async () => (await supervision(`/api/v1/units/${WATER}/summary`)).body, (s) => s?.latestAppraisal?.appraisalId === 'AP-2026-Q3', { ...STEP, message: 'appraisal.published in the unit summary' });
      expect(summary.latestAppraisal).toMatchObject({ grade: 'pass', findings: ['handling'] });
      const verified = await supervision('/api/v1/report-history/verify', tokens.orgDept);
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ ok: true, entries: 1 });
      expect(verified.body.firstBadEntry).toBeUndefined();
    });
  }, 120_000);
});
