import request from 'supertest';
import { endOfDayAfter, parseEvent, type PetitionKind } from '@sunshine/contracts';
import { DAY, ECOLOGY, JIAYANG, startWorkbench, type Workbench } from './support/workbench';

const FACTS = '经现场核查，该工地11月以来多次在22时后进行混凝土浇筑作业。';
const DECISION = '已责令施工单位停止夜间施工，并依法处以罚款。';
const BASIS = '《中华人民共和国噪声污染防治法》第四十三条';
const future = (days: number) => new Date(Date.now() + days * DAY).toISOString();

describe('handling: answering by kind, acceptance, standard answers (MISSION 2.1–2.2)', () => {
  let w: Workbench;
  const put = (path: string, who: string, body: object) => request(w.server).put(path).set('Authorization', `Bearer ${w.token[who]}`).send(body);
  const reply = (petitionId: string, body: object, who = ECOLOGY) => w.post(`/api/v1/cases/${petitionId}/reply`, who, body);

  beforeAll(async () => {
    w = await startWorkbench('handling-reply', { HANDLING_REVIEW_BODY: '嘉州区人民政府信访复查复核机关' });
  });

  afterAll(async () => {
    await w?.close();
  });

  it('refuses a reply missing a required part with 422 naming it in zh-CN and en, and changes nothing', async () => {
    const { petitionId } = await w.acceptedCase();
    const before = await w.cases().findOne({ _id: petitionId as never });
    const refused = await reply(petitionId, { outcome: 'supported', facts: FACTS }).expect(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'REPLY.PART_MISSING', missingParts: ['decision', 'basis'] });
    expect(refused.body.detail).toContain('处理意见');
    expect(refused.body.i18n['zh-CN'].detail).toContain('处理依据');
    expect(refused.body.i18n.en.detail).toContain('the basis of the decision');
    const scheduled = await reply(petitionId, { outcome: 'scheduled', facts: FACTS, decision: DECISION, basis: BASIS }).expect(422);
    expect(scheduled.body.missingParts).toEqual(['promisedBy']);
    const wrongKind = await reply(petitionId, { outcome: 'adopted', facts: FACTS, decision: DECISION, basis: BASIS }).expect(422);
    expect(wrongKind.body).toMatchObject({ code: 'CASE.OUTCOME_NOT_FOR_KIND', allowedOutcomes: ['supported', 'scheduled', 'explained', 'not-supported'] });
    const after = await w.cases().findOne({ _id: petitionId as never });
    expect(after!.version).toBe(before!.version);
    expect(after!.status).toBe('accepted');
    expect(w.events.events('case.replied', petitionId)).toHaveLength(0);
  });

  const byKind: [PetitionKind, object][] = [
    ['suggestion', { outcome: 'partly-adopted', facts: '您建议在小区东门增设公交站点。', decision: '已将东门站点纳入明年线路优化方案。', basis: '《嘉州区公交线网优化规划》第三章' }],
    ['request', { outcome: 'scheduled', facts: FACTS, decision: '施工单位加装隔音屏障。', basis: BASIS, promisedBy: future(20) }],
    ['complaint', { outcome: 'explained', facts: FACTS, decision: '正在协调施工单位调整工期。', basis: BASIS, nextCheckAt: future(10) }],
    ['complaint', { outcome: 'not-supported', facts: FACTS, decision: '经核实，该工地持有夜间施工许可。', basis: BASIS }],
    ['report', { outcome: 'transferred-to-discipline', facts: '您检举的问题线索已收悉。', decision: '已移交区纪委监委依规依纪依法处理。', basis: '《信访工作条例》第四十五条' }],
  ];

  it.each(byKind)('answers a %s with its own outcome, the parts in case.replied and the review right at the end', async (kind, body) => {
    const { petitionId, caseNumber } = await w.acceptedCase({ kind });
    const replied = await reply(petitionId, body).expect(200);
    const outcome = (body as { outcome: string }).outcome;
    const [event] = await w.events.waitFor('case.replied', petitionId);
    expect(parseEvent(event).ok).toBe(true);
    expect(event.payload).toMatchObject({ caseNumber, outcome, kind, facts: (body as { facts: string }).facts, basis: (body as { basis: string }).basis, round: 1 });
    const text = (event.payload as { text: string }).text;
    expect(text).toContain((body as { decision: string }).decision);
    expect(text.endsWith('30日内向嘉州区人民政府信访复查复核机关提出复查请求（《信访工作条例》第三十五条）。')).toBe(true);
    expect((event.payload as { reviewRights: string }).reviewRights).toContain('嘉州区人民政府信访复查复核机关');
    expect(replied.body.replies[0]).toMatchObject({ outcome, kind, text });
    if (outcome === 'scheduled') {
      expect(event.payload).toMatchObject({ promisedBy: (body as { promisedBy: string }).promisedBy });
      expect(replied.body.promise).toEqual({ promisedBy: (body as { promisedBy: string }).promisedBy, overdue: false });
    }
    if (outcome === 'explained') expect(event.payload).toMatchObject({ nextCheckAt: (body as { nextCheckAt: string }).nextCheckAt });
  });

  it('shows the assisting units’ opinions in the lead unit’s reply', async () => {
    const { petitionId } = await w.acceptedCase({ assistingUnitIds: [JIAYANG] });
    await w.post(`/api/v1/cases/${petitionId}/assist-opinions`, JIAYANG, { opinion: '我镇已配合现场核查，夜间施工许可已过期。' }).expect(200);
    await reply(petitionId, { outcome: 'supported', facts: FACTS, decision: DECISION, basis: BASIS }).expect(200);
    const [event] = await w.events.waitFor('case.replied', petitionId);
    expect(event.payload).toMatchObject({ assistingOpinions: [{ unitId: JIAYANG, opinion: '我镇已配合现场核查，夜间施工许可已过期。' }] });
    expect((event.payload as { text: string }).text).toContain(`${JIAYANG}：我镇已配合现场核查`);
  });

  it('keeps a standard-answer library: seeded, versioned on every edit, edited only by the joint office, cited by a consultation', async () => {
    const list = await w.get('/api/v1/standard-answers?category=劳动和社会保障', ECOLOGY).expect(200);
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(['sa-social-insurance-transfer', 'sa-unpaid-wages']));
    const content = {
      category: '劳动和社会保障',
      title: '灵活就业人员如何参加职工养老保险',
      keywords: ['灵活就业', '养老保险'],
      answer: '无雇工的个体工商户、未在用人单位参加社会保险的非全日制从业人员可以参加基本养老保险，由个人缴纳基本养老保险费。',
      legalBasis: { law: '《中华人民共和国社会保险法》', article: '第十条' },
    };
    expect((await w.post('/api/v1/standard-answers', ECOLOGY, content).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    const created = await w.post('/api/v1/standard-answers', 'jointOffice', content).expect(201);
    expect(created.body).toMatchObject({ version: 1, latestVersion: 1, editedBy: 'joint-office-1' });
    const id = created.body.id as string;
    expect((await put(`/api/v1/standard-answers/${id}`, ECOLOGY, { ...content, expectedVersion: 1 }).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    const edited = await put(`/api/v1/standard-answers/${id}`, 'jointOffice', { ...content, answer: `${content.answer}缴费基数可在规定范围内自选。`, expectedVersion: 1 }).expect(200);
    expect(edited.body).toMatchObject({ version: 2, latestVersion: 2 });
    const stale = await put(`/api/v1/standard-answers/${id}`, 'jointOffice', { ...content, expectedVersion: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'STANDARD_ANSWER.VERSION_CONFLICT', currentVersion: 2 });
    expect((await w.get(`/api/v1/standard-answers/${id}?version=1`, ECOLOGY).expect(200)).body).toMatchObject({ version: 1, latestVersion: 2, answer: content.answer });
    expect((await w.get(`/api/v1/standard-answers/${id}`, ECOLOGY).expect(200)).body.version).toBe(2);
    await w.get('/api/v1/standard-answers/sa-nothing-here', ECOLOGY).expect(404);

    const { petitionId } = await w.acceptedCase({ kind: 'consultation', category: { level1: '劳动和社会保障' } });
    const withoutBasis = await reply(petitionId, { outcome: 'answered', facts: '您咨询灵活就业参保。', decision: '可以参保。', basis: '按有关规定' }).expect(422);
    expect(withoutBasis.body.missingParts).toEqual(['legalBasis']);
    await reply(petitionId, { outcome: 'answered', facts: '您咨询灵活就业参保。', decision: '可以参保。', standardAnswerId: 'sa-not-there' }).expect(422);
    await reply(petitionId, { outcome: 'answered', facts: '您咨询灵活就业参保。', decision: '可以以个人身份参保。', standardAnswerId: id }).expect(200);
    const [event] = await w.events.waitFor('case.replied', petitionId);
    expect(event.payload).toMatchObject({ standardAnswer: { id, version: 2 }, basis: '《中华人民共和国社会保险法》第十条' });
    expect((event.payload as { text: string }).text).toContain('12333');
  });

  it('offers reply templates per category and kind, and the not-accept grounds', async () => {
    const templates = await w.get('/api/v1/reply-templates?category=劳动和社会保障&kind=consultation', ECOLOGY).expect(200);
    expect(templates.body.items.map((t: { category?: string }) => t.category ?? 'default')).toEqual(['default', '劳动和社会保障']);
    expect(templates.body.items[1]).toMatchObject({ outcomes: ['answered'], requiredParts: { answered: ['facts', 'decision', 'basis', 'legalBasis'] } });
    expect(templates.body.items[1].en.reviewRights).toMatch(/within 30 days/);
    await w.get('/api/v1/reply-templates', 'supervisor').expect(403);
    const reasons = await w.get('/api/v1/not-accept-reasons', ECOLOGY).expect(200);
    expect(reasons.body.items.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['in-litigation', 'outside-remit', 'other']));
  });

  it('keeps an upper-level office’s earlier due date through acceptance; otherwise the end of the 60th day in Asia/Shanghai', async () => {
    const due = new Date(Date.now() + 20 * DAY).toISOString();
    const upper = await w.assignedCase({ channel: 'upper-level', acceptBy: future(15), handleBy: due, dueBy: due });
    const accepted = await w.post(`/api/v1/cases/${upper.petitionId}/accept`, ECOLOGY).expect(200);
    expect(accepted.body).toMatchObject({ handleBy: due, upperLevelDueBy: due });
    const [event] = await w.events.waitFor('case.accepted', upper.petitionId);
    expect(event.payload).toMatchObject({ handleBy: due, upperLevelDueBy: due });

    const plain = await w.assignedCase({ acceptBy: future(15), handleBy: future(75) });
    const ok = await w.post(`/api/v1/cases/${plain.petitionId}/accept`, ECOLOGY).expect(200);
    expect(ok.body.handleBy).toBe(endOfDayAfter(new Date(ok.body.acceptedAt), 60, 'Asia/Shanghai').toISOString());
    expect(ok.body.deadlines.handleBy).toBe(ok.body.handleBy);
  });

  it('declines with a catalogue ground, refuses an unknown one, and transfers to another body as a final state', async () => {
    const declined = await w.assignedCase();
    const unknown = await w.post(`/api/v1/cases/${declined.petitionId}/not-accept`, ECOLOGY, { reasonCode: 'not-in-the-mood' }).expect(422);
    expect(unknown.body.code).toBe('CASE.UNKNOWN_NOT_ACCEPT_REASON');
    await w.post(`/api/v1/cases/${declined.petitionId}/not-accept`, ECOLOGY, { reasonCode: 'in-litigation' }).expect(200);
    const [notAccepted] = await w.events.waitFor('case.not-accepted', declined.petitionId);
    expect(notAccepted.payload).toMatchObject({ reasonCode: 'in-litigation', legalBasis: '《信访工作条例》第三十一条第（一）项' });

    const moved = await w.assignedCase();
    const body = { toBody: '区人民法院', reason: '所涉合同纠纷已由人民法院立案受理', legalBasis: '《信访工作条例》第三十一条第（一）项' };
    expect((await w.post(`/api/v1/cases/${moved.petitionId}/transfer`, JIAYANG, body).expect(404)).body.code).toBe('CASE.NOT_FOUND');
    const transferred = await w.post(`/api/v1/cases/${moved.petitionId}/transfer`, ECOLOGY, body).expect(200);
    expect(transferred.body).toMatchObject({ status: 'transferred', transferred: body });
    const [event] = await w.events.waitFor('case.transferred', moved.petitionId);
    expect(parseEvent(event).ok).toBe(true);
    expect(event.payload).toMatchObject({ caseNumber: moved.caseNumber, unitId: ECOLOGY, ...body });
    expect((await w.post(`/api/v1/cases/${moved.petitionId}/accept`, ECOLOGY).expect(409)).body.code).toBe('CASE.TRANSFERRED');
  });

  it('tracks a scheduled reply’s promise: overdue when passed without a note, the completion note reported once', async () => {
    const { petitionId, caseNumber } = await w.acceptedCase({ kind: 'request' });
    await w.post(`/api/v1/cases/${petitionId}/completion`, ECOLOGY, { note: '还没答复' }).expect(409);
    const promisedBy = future(10);
    await reply(petitionId, { outcome: 'scheduled', facts: FACTS, decision: '施工单位加装隔音屏障。', basis: BASIS, promisedBy }).expect(200);
    await w.cases().updateOne({ _id: petitionId as never }, { $set: { 'promise.promisedBy': new Date(Date.now() - DAY) } });
    expect((await w.get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200)).body.promise).toMatchObject({ overdue: true });
    await w.post(`/api/v1/cases/${petitionId}/completion`, JIAYANG, { note: '不是我' }).expect(404);
    const done = await w.post(`/api/v1/cases/${petitionId}/completion`, ECOLOGY, { note: '隔音屏障已安装，经回访核实。' }).expect(200);
    expect(done.body.promise).toMatchObject({ completedAt: expect.any(String), note: '隔音屏障已安装，经回访核实。', overdue: true });
    const [event] = await w.events.waitFor('case.completion-reported', petitionId);
    expect(event.payload).toMatchObject({ caseNumber, unitId: ECOLOGY, note: '隔音屏障已安装，经回访核实。' });
    expect((await w.post(`/api/v1/cases/${petitionId}/completion`, ECOLOGY, { note: '再报' }).expect(409)).body.code).toBe('CASE.PROMISE_ALREADY_COMPLETED');
  });
});
