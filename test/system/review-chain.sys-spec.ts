import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signDevToken } from '@sunshine/auth';
import { REPO_ROOT, testNamespace, waitUntil } from '@sunshine/testing';
import { http, startSystem, type RunningSystem } from './support/system';
import { replyBody, STEP, Workbench, type Receipt, type Submission } from './support/workbench';
import { readXlsxWithOpenpyxl } from './support/xlsx-openpyxl';

/**
 * The feedback line and the statutory review chain (issue 11) over HTTP only, on one running
 * system whose clock the test moves: re-handling bounded, review (复查) and re-review (复核) within
 * their 30-day windows, "change" back to the unit with a new deadline, conclusion after
 * re-review and a later petition not accepted again (条例 art. 35), conclusion of an unrated
 * reply after its window, withdrawal, and the return-visit ledger read by openpyxl. Every item
 * waits for a leader (ROUTING_INSTRUCTION_POLICY=all), so the test chooses the units.
 */

const CIVIL = 'civil-affairs-bureau';
const HOUSING = 'housing-construction-bureau';
const WATER = 'water-affairs-bureau';
const ROADS = 'transport-bureau';
const LAW_ENFORCEMENT = 'law-enforcement-bureau';

const CHAIN_PHONE = '13912345678';
const CHAIN: Submission = {
  subject: '投诉水务公司停水不通知',
  text: '我家住沙湾区福禄镇新街，水务公司多次停水不提前通知，一停就是两三天，家里老人做饭洗澡都成问题，投诉多次没有解决。',
  petitioner: { name: '王建国', phone: CHAIN_PHONE },
};

describe('the review chain over HTTP', () => {
  let system: RunningSystem;
  let w: Workbench;
  const tokens: Record<string, string> = {};
  const timings: string[] = [];
  /** The chain petitioner's progress view (zh-CN), recorded step by step. */
  const recorded: string[] = [];

  beforeAll(async () => {
    system = await startSystem(
      testNamespace('review-chain'),
      { routing: { ROUTING_INSTRUCTION_POLICY: 'all' }, feedback: { FEEDBACK_CONCLUSION_SWEEP_MS: '500' } },
      { movableClock: true },
    );
    w = new Workbench(system);
    tokens.review = await signDevToken({ roles: ['review-office'], subject: 'review-office-1' });
    tokens.reReview = await signDevToken({ roles: ['re-review-office'], subject: 're-review-office-1' });
    tokens.registrar = await signDevToken({ roles: ['registrar'], subject: 'registrar-01' });
    tokens.supervisor = await signDevToken({ roles: ['supervisor'] });
    tokens.jointOffice = await signDevToken({ roles: ['joint-office'] });
  }, 180_000);

  afterAll(async () => {
    if (system) {
      const dir = join(REPO_ROOT, '.data', 'test-logs', system.namespace);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'progress-review-chain.txt'), recorded.join('\n'));
      writeFileSync(join(dir, 'review-chain-timings.txt'), timings.join('\n'));
    }
    await system?.stop();
  });

  const cases: Record<string, { receipt: Receipt; petitionId: string; unitId: string }> = {};

  async function reply(key: string, outcome = 'explained') {
    const { petitionId, unitId } = cases[key];
    const response = await w.act(petitionId, unitId, 'reply', replyBody(outcome, outcome === 'explained' ? { nextCheckAt: new Date(Date.now() + system.clock.offsetMs() + 20 * 86_400_000).toISOString() } : {}));
    expect([200, 201]).toContain(response.status);
  }

  async function rate(key: string, satisfaction: 'satisfied' | 'dissatisfied', round: number) {
    const { receipt } = cases[key];
    const body = { caseNumber: receipt.caseNumber, queryCode: receipt.queryCode, satisfaction, ...(satisfaction === 'dissatisfied' ? { reasons: ['问题没有解决'], comment: '停水问题依旧' } : {}) };
    // Feedback may not have heard of the reply round yet: retry until that round is rated.
    return waitUntil(() => http('POST', `${system.url.feedback}/api/v1/public/ratings`, { body }), (r) => r.status === 201 && r.body.round === round, {
      ...STEP,
      message: `${key}: the ${satisfaction} rating of round ${round}`,
    });
  }

  const timelineTypes = async (petitionId: string) =>
    ((await http('GET', `${system.url.supervision}/api/v1/timeline/${petitionId}`, { token: tokens.supervisor })).body?.events ?? []).map((e: any) => e.type);

  async function record(label: string) {
    const view = await w.progress(cases.chain.receipt);
    recorded.push(`== ${label} — ${view.statusLabel} (${view.status})`, ...view.steps.map((s: any) => `  ${s.at}  ${s.title}${s.detail ? `\n      ${s.detail}` : ''}`), '');
    return view;
  }

  async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
    const started = Date.now();
    try {
      return await run();
    } finally {
      timings.push(`${name}: ${Date.now() - started} ms`);
    }
  }

  it('opens the cases of this test: each assigned by a leader and accepted by its unit', async () => {
    const specs: Record<string, [Submission, string]> = {
      satisfied: [{ subject: '投诉小区路灯长期不亮', text: '沙湾区嘉农镇幸福小区的路灯坏了两个多月，晚上一片漆黑，老人出行摔倒过，物业和社区互相推诿。', petitioner: { phone: '13800000001' } }, CIVIL],
      visited: [{ subject: '投诉低保复核久拖不办', text: '我母亲的低保复核材料交到踏水镇民政所三个月了，一直说在审核，没有任何答复，生活很困难。', petitioner: { phone: '13800000002' } }, CIVIL],
      limit: [{ subject: '投诉安置房墙体开裂', text: '太平镇安置小区七栋墙体大面积开裂，住户担心安全，开发商只涂抹了一下表面，问题根本没有解决。', petitioner: { phone: '13800000003' } }, HOUSING],
      chain: [CHAIN, WATER],
      late: [{ subject: '投诉乡村公路坑洼', text: '牛石镇到轸溪乡的乡村公路坑洼不平，雨天积水很深，摩托车经常摔倒，请求尽快修补路面。', petitioner: { phone: '13800000005' } }, ROADS],
      withdraw: [{ subject: '投诉烧烤摊占道经营', text: '沙湾区滨河路夜市烧烤摊占道经营，油烟很大，噪音扰民到凌晨，请城管部门依法整治。', petitioner: { phone: '13800000006' } }, LAW_ENFORCEMENT],
    };
    await timed('open cases', () =>
      Promise.all(
        Object.entries(specs).map(async ([key, [submission, unitId]]) => {
          const { receipt, petitionId } = await w.acceptedCase(submission, { leadUnitId: unitId });
          cases[key] = { receipt, petitionId, unitId };
        }),
      ),
    );
    await record('已受理');
    for (const key of ['satisfied', 'visited', 'limit', 'chain', 'late']) await reply(key);
    await w.progressUntil(cases.chain.receipt, (v) => v.status === 'replied', 'the reply on the progress page');
    await record('已答复');
  }, 180_000);

  it('dissatisfied → reopened to the same unit → replied again → satisfied: concluded', async () => {
    await timed('dissatisfied → reopen → satisfied', async () => {
      await rate('satisfied', 'dissatisfied', 1);
      await w.caseUntil(cases.satisfied.petitionId, CIVIL, (c) => c.status === 'reopened', 'the case reopened for dissatisfaction');
      await reply('satisfied');
      await rate('satisfied', 'satisfied', 2);
      // handling's case.closed follows petition.concluded; the progress status may read either (已办结息访 / 已办结).
      const view = await w.progressUntil(cases.satisfied.receipt, (v) => v.steps.some((s: any) => s.title === '事项已办结（群众满意）'), 'concluded satisfied');
      expect(['concluded', 'closed']).toContain(view.status);
      expect(view.reply.round).toBe(2);
    });
  }, 120_000);

  it('dissatisfied past the reopen limit: not reopened, the petitioner is told of review and where, supervision orders the case', async () => {
    await timed('past the reopen limit', async () => {
      await rate('limit', 'dissatisfied', 1);
      await w.caseUntil(cases.limit.petitionId, HOUSING, (c) => c.status === 'reopened', 'reopened once');
      await reply('limit');
      await rate('limit', 'dissatisfied', 2);
      const view = await w.progressUntil(cases.limit.receipt, (v) => v.steps.some((s: any) => s.title.includes('不再自动重办')), 'the re-handling limit in the progress view');
      const step = view.steps.find((s: any) => s.title.includes('不再自动重办'));
      expect(step.detail).toMatch(/30日内向.+提出复查请求（《信访工作条例》第三十五条）/);
      // The case stays replied (the reply stands), not reopened a second time.
      expect((await w.caseUntil(cases.limit.petitionId, HOUSING)).status).not.toBe('reopened');
      await waitUntil(() => timelineTypes(cases.limit.petitionId), (types) => types.includes('case.rehandling-limit-reached'), { ...STEP, message: 'the limit on the timeline' });
      const orders = await waitUntil(
        async () => ((await http('GET', `${system.url.supervision}/api/v1/supervision-orders`, { token: tokens.supervisor })).body?.items ?? []) as any[],
        (items) => items.some((o) => o.petitionId === cases.limit.petitionId),
        { ...STEP, message: 'an automatic supervision order for the case' },
      );
      expect(orders.find((o) => o.petitionId === cases.limit.petitionId)).toMatchObject({ reasonCode: 'rehandling-limit', automatic: true, unitId: HOUSING });
    });
  }, 120_000);

  it('records a staff visit with satisfaction; the ledger opens in openpyxl with its rows and no contact details; the unit summary counts each case once', async () => {
    await timed('visit, ledger and summary', async () => {
      const visited = cases.visited;
      const visit = await waitUntil(
        async () =>
          http('POST', `${system.url.feedback}/api/v1/visits`, {
            token: await w.unit(CIVIL),
            body: { caseNumber: visited.receipt.caseNumber, method: 'phone', summary: '群众表示已收到答复，低保复核已办理，电话 13800000002 可联系', visitor: '民政局 李科员', satisfaction: 'basically-satisfied' },
          }),
        (r) => r.status === 201,
        { ...STEP, message: 'the visit recorded' },
      );
      expect(visit.body).toMatchObject({ caseNumber: visited.receipt.caseNumber });
      const ledger = await fetch(`${system.url.feedback}/api/v1/visits/ledger.xlsx?unitId=${CIVIL}`, { headers: { authorization: `Bearer ${tokens.jointOffice}` } });
      expect(ledger.status).toBe(200);
      const sheets = readXlsxWithOpenpyxl(Buffer.from(await ledger.arrayBuffer()));
      const rows = Object.values(sheets)[0];
      expect(rows[0]).toEqual(expect.arrayContaining(['案件编号', '回访方式', '满意度', '评价来源']));
      const data = rows.slice(1).filter((r) => r.some((c) => c !== null));
      expect(data).toHaveLength(1);
      expect(data[0]).toContain(visited.receipt.caseNumber);
      const text = JSON.stringify(sheets);
      expect(text).not.toContain('13800000002');
      expect(text).not.toContain(CHAIN_PHONE);
      // The satisfied case (rated online twice: counted once, by its final rating) and the visited one.
      const summary = await waitUntil(
        async () => (await http('GET', `${system.url.supervision}/api/v1/units/${CIVIL}/summary`, { token: tokens.supervisor })).body,
        (s) => s?.ratings?.total === 2,
        { ...STEP, message: 'two rated cases in the unit summary' },
      );
      expect(summary.ratings).toMatchObject({ total: 2, satisfied: 1, basicallySatisfied: 1, dissatisfied: 0, satisfactionRate: 1 });
      expect(summary.visits).toMatchObject({ ratedOnline: 1, ratedInVisit: 1 });
      expect(summary.visits.visited).toBeGreaterThanOrEqual(1);
    });
  }, 120_000);

  it('withdrawal with case number and query code: withdrawn, the unit’s case closed, on the progress page and the timeline', async () => {
    await timed('withdrawal', async () => {
      const { receipt, petitionId } = cases.withdraw;
      const wrong = await http('POST', `${system.url.feedback}/api/v1/public/withdrawals`, { body: { caseNumber: receipt.caseNumber, queryCode: 'WRONG-CODE-0000', reason: '问题已自行协商解决' } });
      expect(wrong.status).toBeGreaterThanOrEqual(400);
      expect(wrong.status).toBeLessThan(500);
      const done = await waitUntil(
        () => http('POST', `${system.url.feedback}/api/v1/public/withdrawals`, { body: { caseNumber: receipt.caseNumber, queryCode: receipt.queryCode, reason: '问题已自行协商解决' } }),
        (r) => r.status === 201,
        { ...STEP, message: 'the withdrawal accepted' },
      );
      expect(done.body).toMatchObject({ caseNumber: receipt.caseNumber, acknowledgement: { 'zh-CN': expect.any(String), en: expect.any(String) } });
      await w.caseUntil(petitionId, LAW_ENFORCEMENT, (c) => c.status === 'closed', 'the unit’s case closed');
      const view = await w.progressUntil(receipt, (v) => v.steps.some((s: any) => s.title === '您已撤回该信访件'), 'the withdrawal on the progress page');
      expect(['withdrawn', 'closed', 'concluded']).toContain(view.status);
      await waitUntil(() => timelineTypes(petitionId), (t) => t.includes('petition.withdrawn') && t.includes('case.closed'), { ...STEP, message: 'withdrawal and closure on the timeline' });
    });
  }, 120_000);

  it('review asked on day 29 is accepted with its decide-by date; on day 31 another case is refused with the closing date and concluded unrated', async () => {
    await timed('review windows (day 29 / day 31)', async () => {
      await system.clock.advance({ days: 29 });
      const asked = await http('POST', `${system.url.feedback}/api/v1/public/reviews`, {
        body: { caseNumber: cases.chain.receipt.caseNumber, queryCode: cases.chain.receipt.queryCode, reason: '停水问题没有解决，水务公司的答复与事实不符' },
      });
      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({ reviewId: expect.any(String), level: 'review', decideBy: expect.any(String) });
      const decideBy = new Date(asked.body.decideBy).getTime();
      const now = Date.now() + system.clock.offsetMs();
      expect(decideBy).toBeGreaterThan(now + 29 * 86_400_000);
      expect(decideBy).toBeLessThan(now + 31 * 86_400_000);
      cases.chain = { ...cases.chain, reviewId: asked.body.reviewId } as never;
      await w.progressUntil(cases.chain.receipt, (v) => v.status === 'under-review', 'under review');
      await record('第29日申请复查');

      await system.clock.advance({ days: 2 });
      const late = await http('POST', `${system.url.feedback}/api/v1/public/reviews`, { body: { caseNumber: cases.late.receipt.caseNumber, queryCode: cases.late.receipt.queryCode, reason: '路面仍未修补' } });
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ code: 'REVIEW.WINDOW_CLOSED', closedAt: expect.any(String), closedOn: expect.any(String) });
      // An unrated reply not under review is concluded when its window closes (the sweep runs every 500 ms).
      const view = await w.progressUntil(cases.late.receipt, (v) => v.status === 'concluded', 'the unrated reply concluded');
      expect(view.steps.map((s: any) => s.title).join('\n')).toContain('事项已办结');
      await waitUntil(() => timelineTypes(cases.late.petitionId), (t) => t.includes('petition.concluded'), { ...STEP, message: 'concluded on the timeline' });
    });
  }, 120_000);

  it('review decided "change" sends the case back to the unit with a new deadline; re-review decided concludes the matter as exhausted', async () => {
    await timed('change, re-review, exhausted', async () => {
      const { petitionId, receipt } = cases.chain;
      const reviewId = (cases.chain as any).reviewId as string;
      const listed = await http('GET', `${system.url.feedback}/api/v1/reviews`, { token: tokens.review });
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((r: any) => r.reviewId)).toContain(reviewId);
      // The re-review office does not decide a review.
      const wrongBody = await http('POST', `${system.url.feedback}/api/v1/reviews/${reviewId}/decision`, { token: tokens.reReview, body: { decision: 'uphold', text: '维持' } });
      expect([403, 404]).toContain(wrongBody.status);
      const decided = await http('POST', `${system.url.feedback}/api/v1/reviews/${reviewId}/decision`, {
        token: tokens.review,
        body: { decision: 'change', text: '原处理意见认定事实不清，责令重新办理。', directions: '请水务公司核实停水通知记录，制定提前告知制度并书面答复。' },
      });
      expect(decided.status).toBe(200);
      expect(decided.body).toMatchObject({ decision: 'change', newHandleBy: expect.any(String) });
      const newHandleBy = decided.body.newHandleBy as string;
      const back = await w.caseUntil(petitionId, WATER, (c) => c.status === 'reopened', 'the case back with the unit');
      expect(new Date(back.handleBy).toISOString()).toBe(new Date(newHandleBy).toISOString());
      await w.progressUntil(receipt, (v) => v.steps.some((s: any) => s.title.includes('根据复查（复核）意见')), 'the change on the progress page');
      await record('复查决定变更，责令重新办理');

      await reply('chain', 'supported');
      await w.progressUntil(receipt, (v) => v.status === 'replied' && v.reply?.round === 2, 'the new reply');
      const reReview = await waitUntil(
        () => http('POST', `${system.url.feedback}/api/v1/public/reviews`, { body: { caseNumber: receipt.caseNumber, queryCode: receipt.queryCode, reason: '对重新办理的答复仍不服，申请复核' } }),
        (r) => r.status === 201,
        { ...STEP, message: 'the re-review request accepted' },
      );
      expect(reReview.body).toMatchObject({ level: 're-review', decideBy: expect.any(String) });
      const offices = await http('GET', `${system.url.feedback}/api/v1/reviews`, { token: tokens.reReview });
      expect(offices.body.items.map((r: any) => r.reviewId)).toContain(reReview.body.reviewId);
      const final = await http('POST', `${system.url.feedback}/api/v1/reviews/${reReview.body.reviewId}/decision`, { token: tokens.reReview, body: { decision: 'uphold', text: '经复核，维持重新办理后的处理意见。' } });
      expect(final.status).toBe(200);
      const view = await w.progressUntil(receipt, (v) => v.status === 'concluded', 'concluded after re-review');
      expect(view.steps.map((s: any) => s.title).join('\n')).toMatch(/事项已办结（.+）/);
      const types = await waitUntil(
        () => timelineTypes(petitionId),
        (t) => t.includes('feedback.review-requested') && t.includes('feedback.review-decided') && t.includes('petition.concluded'),
        { ...STEP, message: 'the review chain on the timeline' },
      );
      expect(types.filter((t: string) => t === 'feedback.review-decided')).toHaveLength(2);
      await record('复核后办结');
    });
  }, 180_000);

  it('a new petition on the same facts by the same person after that is not accepted again: the progress page and the registrar’s list say so', async () => {
    await timed('not accepted again', async () => {
      const again = await w.submit({
        subject: '再次投诉水务公司停水不通知',
        text: '福禄镇新街水务公司停水从不提前通知，一停两三天，老人做饭洗澡都困难，我对复核意见不服，再次投诉。',
        petitioner: { name: '王建国', phone: CHAIN_PHONE },
      });
      const view = await w.progressUntil(again, (v) => v.status === 'not-accepted-again', 'not accepted again');
      expect(view.statusLabel).toBe('不再受理');
      const step = view.steps.find((s: any) => s.title.includes('不再受理'));
      expect(step.title).toContain(cases.chain.receipt.caseNumber);
      expect(step.title).toContain('《信访工作条例》第三十五条');
      const en = await w.progress(again, 'en');
      expect(en.statusLabel).toBe('Not accepted again');
      const list = await waitUntil(
        async () => (await http('GET', `${system.url.routing}/api/v1/petitions/not-accepted-again`, { token: tokens.registrar })).body?.items ?? [],
        (items: any[]) => items.some((i) => i.caseNumber === again.caseNumber),
        { ...STEP, message: 'the registrar’s list' },
      );
      expect(list.find((i: any) => i.caseNumber === again.caseNumber)).toMatchObject({ originalCaseNumber: cases.chain.receipt.caseNumber, legalBasis: expect.stringContaining('第三十五条') });
      expect(JSON.stringify(list)).not.toContain(CHAIN_PHONE);
      // Nothing reached a unit.
      const unitCase = await w.caseAs(again.petitionId, await w.unit(WATER));
      expect(unitCase.status).toBe(404);
      const chainView = await record('同一事实再次信访：不再受理（原件进度）');
      expect(chainView.status).toBe('concluded');
      recorded.push(`== 新信访件 ${again.caseNumber} — ${view.statusLabel}`, ...view.steps.map((s: any) => `  ${s.at}  ${s.title}`), '');
    });
  }, 120_000);
});
