import { signDevToken } from '@sunshine/auth';
import { testNamespace, waitUntil } from '@sunshine/testing';
import { http, startSystem, type RunningSystem } from './support/system';

// Each step of the flow must complete within 10 seconds.
const STEP = { timeoutMs: 10_000, intervalMs: 200 };
const UNIT = 'ecology-environment-bureau';

const submission = {
  subject: '嘉州花园小区旁搅拌站噪音和粉尘污染',
  text: '小区东侧的混凝土搅拌站每天从早到晚轰鸣，噪音很大，粉尘落满阳台，老人和孩子无法休息，多次找厂方都没有用。请环保部门尽快查处噪声和扬尘污染。',
  petitioner: { name: '李秀英', phone: '13698765432' },
};

describe('a petition flows through all five services', () => {
  let system: RunningSystem;
  let unitToken: string;
  let supervisorToken: string;

  beforeAll(async () => {
    system = await startSystem(testNamespace('flow'), {
      // Leaders' instruction is covered by routing's own tests; here every item is assigned at once.
      routing: { ROUTING_INSTRUCTION_POLICY: 'none' },
    });
    unitToken = await signDevToken({ roles: ['unit'], unitId: UNIT });
    supervisorToken = await signDevToken({ roles: ['supervisor'] });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  const progress = (receipt: { caseNumber: string; queryCode: string }) =>
    http('POST', `${system.url.intake}/api/v1/public/progress`, { body: { caseNumber: receipt.caseNumber, queryCode: receipt.queryCode } });

  const progressUntil = (receipt: { caseNumber: string; queryCode: string }, accept: (body: any) => boolean, what: string) =>
    waitUntil(async () => (await progress(receipt)).body, accept, { ...STEP, message: what });

  it('is registered, assigned, handled, rated, reopened, handled again and supervised — over HTTP only', async () => {
    // Submit.
    const submitted = await http('POST', `${system.url.intake}/api/v1/petitions`, { body: submission });
    expect(submitted.status).toBe(201);
    const receipt = submitted.body;
    const petitionId: string = receipt.petitionId;
    expect((await progress(receipt)).body.status).toBe('registered');

    // Routed and assigned to the environment bureau.
    await progressUntil(receipt, (v) => v.status === 'assigned' && v.unitName === '区生态环境局', 'assigned');

    // The unit sees it, accepts it, replies.
    const cases = await waitUntil(
      async () => (await http('GET', `${system.url.handling}/api/v1/cases`, { token: unitToken })).body,
      (body: any) => (body.items ?? body).some((c: any) => c.petitionId === petitionId || c.id === petitionId || c._id === petitionId),
      { ...STEP, message: 'the case in the unit’s list' },
    );
    expect(JSON.stringify(cases)).not.toContain('13698765432');
    expect(JSON.stringify(cases)).not.toContain('李秀英');
    const accepted = await http('POST', `${system.url.handling}/api/v1/cases/${petitionId}/accept`, { token: unitToken, body: {} });
    expect([200, 201]).toContain(accepted.status);
    const reply1 = await http('POST', `${system.url.handling}/api/v1/cases/${petitionId}/reply`, {
      token: unitToken,
      body: { outcome: 'supported', facts: '经现场核查，反映情况属实。', decision: '已责令施工单位停止夜间施工，并依法处以罚款。', basis: '《中华人民共和国噪声污染防治法》第四十三条' },
    });
    expect([200, 201]).toContain(reply1.status);

    // The petitioner sees the reply and is dissatisfied.
    const replied = await progressUntil(receipt, (v) => v.status === 'replied' && v.reply?.round === 1, 'the first reply');
    expect(replied.reply.text).toContain('停止夜间施工');
    const rating1 = await waitUntil(
      () => http('POST', `${system.url.feedback}/api/v1/public/ratings`, { body: { caseNumber: receipt.caseNumber, queryCode: receipt.queryCode, satisfaction: 'dissatisfied', reasons: ['晚上还在施工'], comment: '晚上还在施工' } }),
      (r) => r.status === 201,
      { ...STEP, message: 'the first rating accepted' },
    );
    expect(rating1.status).toBe(201);

    // The case is reopened; the unit replies again.
    await waitUntil(
      async () => (await http('GET', `${system.url.handling}/api/v1/cases/${petitionId}`, { token: unitToken })).body,
      (c: any) => c.status === 'reopened',
      { ...STEP, message: 'the case reopened' },
    );
    await progressUntil(receipt, (v) => v.status === 'reopened', 'progress shows the reopening');
    const reply2 = await http('POST', `${system.url.handling}/api/v1/cases/${petitionId}/reply`, {
      token: unitToken,
      body: { outcome: 'supported', facts: '经复查，施工单位仍有夜间作业。', decision: '已安排专人夜间巡查，施工单位已签订承诺书，夜间施工已全部停止。', basis: '《中华人民共和国噪声污染防治法》第四十三条' },
    });
    expect([200, 201]).toContain(reply2.status);
    await progressUntil(receipt, (v) => v.status === 'replied' && v.reply?.round === 2, 'the second reply');

    // Satisfied this time.
    const rating2 = await waitUntil(
      () => http('POST', `${system.url.feedback}/api/v1/public/ratings`, { body: { caseNumber: receipt.caseNumber, queryCode: receipt.queryCode, satisfaction: 'satisfied' } }),
      (r) => r.status === 201,
      { ...STEP, message: 'the second rating accepted' },
    );
    expect(rating2.status).toBe(201);

    // Supervision's timeline lists every step in order.
    const expected = [
      'petition.registered',
      'petition.triaged',
      'petition.assigned',
      'case.accepted',
      'case.replied',
      'feedback.rated',
      'case.reopened',
      'case.replied',
      'feedback.rated',
    ];
    const timeline = await waitUntil(
      async () => (await http('GET', `${system.url.supervision}/api/v1/timeline/${petitionId}`, { token: supervisorToken })).body,
      (t: any) => {
        const types: string[] = (t.events ?? t.steps ?? []).map((e: any) => e.type);
        let at = 0;
        for (const type of types) if (type === expected[at]) at += 1;
        return at === expected.length;
      },
      { ...STEP, message: 'every step in the timeline' },
    );
    const types: string[] = (timeline.events ?? timeline.steps).map((e: any) => e.type);
    expect(types.filter((t) => expected.includes(t))).toEqual(expected);

    // And the unit's summary counts it.
    const summary = await waitUntil(
      async () => (await http('GET', `${system.url.supervision}/api/v1/units/${UNIT}/summary`, { token: supervisorToken })).body,
      (s: any) => s.replied >= 1 && (s.ratings?.satisfied ?? s.satisfied) >= 1,
      { ...STEP, message: 'the unit summary' },
    );
    // Each case counts once, by its final rating (the supervision canvas): satisfied after the reopening.
    expect(summary.ratings).toMatchObject({ satisfied: 1, dissatisfied: 0, total: 1 });
  });

  it('links an identical second submission from the same petitioner as a duplicate and opens no second case', async () => {
    const first = (await http('POST', `${system.url.intake}/api/v1/petitions`, { body: { ...submission, subject: '龙湾路垃圾站臭味熏人' , text: '龙湾路垃圾中转站每天散发刺鼻臭味，夏天尤其严重，附近居民无法开窗，请尽快整治异味污染。' } })).body;
    await progressUntil(first, (v) => v.status === 'assigned', 'the first one assigned');
    const second = await http('POST', `${system.url.intake}/api/v1/petitions`, {
      body: { ...submission, subject: '龙湾路垃圾站臭味熏人', text: '龙湾路垃圾中转站每天散发刺鼻臭味，夏天尤其严重，附近居民无法开窗，请尽快整治异味污染。', petitioner: { phone: '136-9876-5432' } },
    });
    expect(second.status).toBe(201);
    expect(second.body.caseNumber).not.toBe(first.caseNumber);
    const linked = await progressUntil(second.body, (v) => v.status === 'linked', 'the repeat linked');
    expect(JSON.stringify(linked.steps)).toContain(first.caseNumber);

    // Whichever unit got the first one: a supervisor sees every unit's cases.
    const all = (await http('GET', `${system.url.handling}/api/v1/cases?limit=100`, { token: supervisorToken })).body;
    const ids = JSON.stringify(all);
    expect(ids).toContain(first.petitionId);
    expect(ids).not.toContain(second.body.petitionId);
  });
});
