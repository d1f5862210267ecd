import { randomUUID } from 'node:crypto';
import { signDevToken } from '@sunshine/auth';
import { SERVICE_NAMES, testNamespace, waitUntil } from '@sunshine/testing';
import { buildRequest, matrixOperations, type MatrixFixtures } from './support/authorization-matrix';
import { instruct, instructionQueue, mailboxLetter, progressDate, progressView, submitPetition, timeline, waitForCase, waitInQueue } from './support/leadership';
import { http, startSystem, type RunningSystem } from './support/system';

// Issue 10 over HTTP, as leaders, units and petitioners see it: the leaders' own queues and
// feeds, 领导包案, a report sealed from the unit it accuses, and every new step on the progress
// page and the timeline in zh-CN and en.
const WAIT = { timeoutMs: 30_000 };
const HOUSING = 'housing-construction-bureau';
const ACCUSED = 'law-enforcement-bureau';
const DISCIPLINE = 'discipline-commission';

describe('leaders, their mailboxes, sealed accusations and the petitioner’s view of every step', () => {
  let system: RunningSystem;
  let secretary: string;
  let head: string;
  let channel: string;
  let supervisor: string;

  beforeAll(async () => {
    system = await startSystem(testNamespace('leadership'), {
      // Every item waits for a leader's instruction, so each test decides who takes it (and who is in charge).
      routing: { ROUTING_INSTRUCTION_POLICY: 'all' },
    });
    secretary = await signDevToken({ roles: ['leader'], subject: 'leader-secretary', leaderId: 'party-secretary' });
    head = await signDevToken({ roles: ['leader'], subject: 'leader-head', leaderId: 'district-head' });
    channel = await signDevToken({ roles: ['channel'], subject: 'mail-gateway' });
    supervisor = await signDevToken({ roles: ['supervisor'] });
  }, 240_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('puts a letter to the Party secretary’s mailbox in the secretary’s queue and one to the district head’s in the head’s, an ordinary item in both, and refuses the other leader’s instruction', async () => {
    const toSecretary = await mailboxLetter(system, channel, 'secretary', {
      name: '欧阳明',
      address: 'ouyang.ming@example.cn',
      subject: '福禄镇老街排水沟堵塞',
      body: '书记您好：福禄镇老街的排水沟被建筑垃圾堵塞，一下雨污水就漫到街上，商户苦不堪言，恳请安排清理。',
    });
    const toHead = await mailboxLetter(system, channel, 'head', {
      name: '上官婉',
      address: 'shangguan.wan@example.cn',
      subject: '踏水镇中心小学门口缺少人行横道',
      body: '区长您好：踏水镇中心小学门口的公路没有人行横道和减速带，孩子们上下学过马路很不安全，请求增设。',
    });
    const ordinary = await submitPetition(system, {
      subject: '牛石镇农贸市场公厕长期无人打扫',
      text: '牛石镇农贸市场的公共厕所长期无人打扫，气味难闻，请求安排专人保洁。',
    });

    const secretaryItem = await waitInQueue(system, secretary, toSecretary.petitionId);
    const headItem = await waitInQueue(system, head, toHead.petitionId);
    await waitInQueue(system, secretary, ordinary.petitionId);
    await waitInQueue(system, head, ordinary.petitionId);
    expect(secretaryItem).toMatchObject({ caseNumber: toSecretary.caseNumber, channel: 'secretary-mailbox', leaderId: 'party-secretary', reasons: expect.arrayContaining(['leader-mailbox']) });
    expect(headItem).toMatchObject({ caseNumber: toHead.caseNumber, channel: 'head-mailbox', leaderId: 'district-head', reasons: expect.arrayContaining(['leader-mailbox']) });

    const secretaryQueue = (await instructionQueue(system, secretary)).map((item) => item.petitionId);
    const headQueue = (await instructionQueue(system, head)).map((item) => item.petitionId);
    expect(secretaryQueue).not.toContain(toHead.petitionId);
    expect(headQueue).not.toContain(toSecretary.petitionId);

    const refused = await instruct(system, head, toSecretary.petitionId, { decision: 'approve', instruction: '请福禄镇政府组织清理。', leadUnitId: 'town-fulu', assistingUnitIds: [] });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'INSTRUCTION.OTHER_LEADER' });
    // Refused means nothing happened: the letter still waits for the secretary, and only for her.
    expect((await instructionQueue(system, secretary)).map((item) => item.petitionId)).toContain(toSecretary.petitionId);
    expect((await instructionQueue(system, head)).map((item) => item.petitionId)).not.toContain(toSecretary.petitionId);

    const decided = await instruct(system, secretary, toSecretary.petitionId, { decision: 'approve', instruction: '请福禄镇政府组织清理。', leadUnitId: 'town-fulu', assistingUnitIds: [] });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ petitionId: toSecretary.petitionId, assignment: { leadUnitId: 'town-fulu' } });
    expect((await instructionQueue(system, secretary)).map((item) => item.petitionId)).not.toContain(toSecretary.petitionId);
  });

  it('lists a case its leader took charge of (领导包案) with its light and deadlines for that leader only', async () => {
    const receipt = await submitPetition(system, {
      subject: '嘉农镇安置小区电梯停运三个月',
      text: '嘉农镇新村安置小区7栋电梯已经停运三个月，物业一直说在等配件，老人上下楼很困难，请求督促物业尽快修复电梯。',
      petitioner: { name: '皇甫云', phone: '13688812345' },
    });
    await waitInQueue(system, head, receipt.petitionId);
    const decided = await instruct(system, head, receipt.petitionId, {
      decision: 'approve',
      instruction: '此件我包案，请区住建局督促物业限期修复。',
      leadUnitId: HOUSING,
      assistingUnitIds: [],
      leaderInCharge: 'district-head',
    });
    expect(decided.status).toBe(200);
    expect(decided.body.assignment).toMatchObject({ leadUnitId: HOUSING, leaderInCharge: 'district-head' });

    const list = await waitUntil(
      async () => (await http('GET', `${system.url.handling}/api/v1/leader-cases`, { token: head })).body,
      (body: any) => (body.items ?? []).some((item: any) => item.petitionId === receipt.petitionId),
      { ...WAIT, message: 'the case in the district head’s 包案 list' },
    );
    expect(list.leaderId).toBe('district-head');
    const line = list.items.find((item: any) => item.petitionId === receipt.petitionId);
    expect(line).toMatchObject({ caseNumber: receipt.caseNumber, status: 'assigned', leadUnitId: HOUSING, light: 'green' });
    expect(Date.parse(line.deadlines.acceptBy)).toBeGreaterThan(Date.now());
    expect(Date.parse(line.deadlines.handleBy)).toBeGreaterThan(Date.parse(line.deadlines.acceptBy));
    expect(JSON.stringify(list)).not.toMatch(/皇甫云|13688812345/);

    const other = await http('GET', `${system.url.handling}/api/v1/leader-cases`, { token: secretary });
    expect(other.status).toBe(200);
    expect(other.body.leaderId).toBe('party-secretary');
    expect(other.body.items.map((item: any) => item.petitionId)).not.toContain(receipt.petitionId);
  });

  it('tells both leaders of an urgent petition in their own notification feeds', async () => {
    const receipt = await submitPetition(system, {
      subject: '葫芦镇幸福小区楼道有燃气泄漏',
      text: '葫芦镇幸福小区3栋楼道里燃气味很重，怀疑燃气泄漏，燃气公司电话一直打不通，随时可能爆炸，请立即处理。',
    });
    for (const token of [secretary, head]) {
      const feed = await waitUntil(
        async () => (await http('GET', `${system.url.routing}/api/v1/notifications`, { token })).body,
        (body: any) => (body.items ?? []).some((item: any) => item.petitionId === receipt.petitionId),
        { ...WAIT, message: 'the urgent petition in the leader’s feed' },
      );
      const item = feed.items.find((i: any) => i.petitionId === receipt.petitionId);
      expect(item).toMatchObject({ caseNumber: receipt.caseNumber, reason: 'urgent', read: false, signals: expect.arrayContaining(['safety-hazard']) });
      expect(item.reasonLabel['zh-CN']).toBeTruthy();
      expect(item.reasonLabel.en).toBeTruthy();
      expect(item.reasonLabel['zh-CN']).not.toBe(item.reasonLabel.en);
    }
    // A unit has no feed.
    const unit = await signDevToken({ roles: ['unit'], unitId: HOUSING });
    expect((await http('GET', `${system.url.routing}/api/v1/notifications`, { token: unit })).status).toBe(403);
  });

  it('never lets the unit a report accuses see it by any endpoint, and the unit that handles it never sees who reported', async () => {
    const CANARY = '青梅竹马七十二号暗记';
    const NAME = '慕容复';
    const PHONE = '13912345678';
    const receipt = await submitPetition(system, {
      subject: '举报城管执法人员',
      text: `我实名举报城管局执法中队的李队长收受夜市摊贩的贿赂，交了钱的摊位占道经营他视而不见。${CANARY}。联系电话${PHONE}。`,
      // Nobody ticked the confidential box: routing seals it from the text.
      petitioner: { name: NAME, phone: PHONE },
    });
    const item = await waitInQueue(system, secretary, receipt.petitionId);
    expect(item).toMatchObject({ confidential: true, kind: 'report', reasons: expect.arrayContaining(['sealed-report']) });
    expect(item.proposedLeadUnitId).not.toBe(ACCUSED);
    expect(item.proposedAssistingUnitIds).not.toContain(ACCUSED);

    for (const body of [
      { decision: 'approve', instruction: '请城管局自查。', leadUnitId: ACCUSED, assistingUnitIds: [] },
      { decision: 'approve', instruction: '请区纪委监委牵头，城管局配合。', leadUnitId: DISCIPLINE, assistingUnitIds: [ACCUSED] },
    ]) {
      const refused = await instruct(system, secretary, receipt.petitionId, body);
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'ACCUSATION.ACCUSED_UNIT' });
    }
    expect((await instructionQueue(system, secretary)).map((i) => i.petitionId)).toContain(receipt.petitionId);
    const assigned = await instruct(system, secretary, receipt.petitionId, { decision: 'approve', instruction: '请区纪委监委依规处理。', leadUnitId: DISCIPLINE, assistingUnitIds: [] });
    expect(assigned.status).toBe(200);

    // The unit that handles it sees the case and its text, never the reporter.
    const lead = await signDevToken({ roles: ['unit'], unitId: DISCIPLINE });
    const leadView = await waitForCase(system, lead, receipt.petitionId, undefined, 'the report at the discipline body');
    expect(leadView).toMatchObject({ caseNumber: receipt.caseNumber, leadUnitId: DISCIPLINE });
    expect(JSON.stringify(leadView)).toContain(CANARY);
    expect(JSON.stringify(leadView)).not.toContain(NAME);
    expect(JSON.stringify(leadView)).not.toContain(PHONE);
    const leadReveal = await http('POST', `${system.url.intake}/api/v1/petitions/${receipt.petitionId}/contact-reveal`, { token: lead, body: { reason: '核实情况需要联系举报人' } });
    expect(leadReveal.status).toBe(403);
    expect(leadReveal.body).toMatchObject({ code: 'DISCLOSURE.IDENTITY_SEALED' });
    // Wait until every service has heard of the assignment, so the accused unit is asked after the fact.
    await waitUntil(
      async () => (await timeline(system, supervisor, receipt.petitionId)).body,
      (t: any) => t.leadUnit?.unitId === DISCIPLINE,
      { ...WAIT, message: 'the assignment in supervision' },
    );
    await waitUntil(
      () => progressView(system, receipt, 'zh-CN'),
      (view) => view.steps.length >= 3 && view.status !== 'registered',
      { ...WAIT, message: 'the assignment on the progress page' },
    );

    // The accused unit has work of its own, so its listings are not empty by accident.
    const accused = await signDevToken({ roles: ['unit'], unitId: ACCUSED });
    const ownCase = await submitPetition(system, { subject: '龚嘴镇菜市场门口占道经营', text: '龚嘴镇菜市场门口每天早上摊贩占道经营，车辆无法通行，请求依法整治。' });
    await waitInQueue(system, secretary, ownCase.petitionId);
    expect((await instruct(system, secretary, ownCase.petitionId, { decision: 'approve', instruction: '请城管局整治。', leadUnitId: ACCUSED, assistingUnitIds: [] })).status).toBe(200);
    await waitForCase(system, accused, ownCase.petitionId, undefined, 'the accused unit’s own case');
    const ownList = await http('GET', `${system.url.handling}/api/v1/cases`, { token: accused });
    expect(ownList.status).toBe(200);
    expect(JSON.stringify(ownList.body)).toContain(ownCase.petitionId);

    // The accused unit: every GET of every service, with every path parameter taken from the sealed case.
    const fixtures: MatrixFixtures = {
      petitionId: receipt.petitionId,
      caseNumber: receipt.caseNumber,
      queryCode: receipt.queryCode,
      unitIds: { own: ACCUSED, assisting: DISCIPLINE, other: DISCIPLINE },
      leaderId: 'party-secretary',
      ids: {},
    };
    const responses: { call: string; status: number; text: string }[] = [];
    for (const service of SERVICE_NAMES) {
      const doc = (await http('GET', `${system.url[service]}/docs-json`)).body;
      for (const op of matrixOperations(service, doc).filter((o) => o.method === 'GET')) {
        const unitIds = op.path.includes('{unitId}') ? [ACCUSED, DISCIPLINE] : [ACCUSED];
        for (const unitId of unitIds) {
          const request = buildRequest(op, { ...fixtures, unitIds: { ...fixtures.unitIds, own: unitId } }, system.url[service]);
          const response = await fetch(request.url, { headers: { ...request.headers, authorization: `Bearer ${accused}` } });
          // A refusal echoes the path asked for (problem+json `instance`): what the caller sent is not a leak.
          const asked = new URL(request.url);
          const text = (await response.text()).split(asked.pathname + asked.search).join('<asked>').split(asked.pathname).join('<asked>');
          responses.push({ call: `${service} GET ${asked.pathname}${asked.search}`, status: response.status, text });
        }
      }
    }
    expect(responses.length).toBeGreaterThan(20);
    const leaks = responses.filter((r) => [receipt.petitionId, receipt.caseNumber, CANARY, NAME, PHONE].some((needle) => r.text.includes(needle)));
    expect(leaks.map((r) => `${r.call} ${r.status} ${r.text.slice(0, 200)}`)).toEqual([]);
    // Every route about this one case answers as if it did not exist.
    const reached = responses.filter((r) => r.call.includes(receipt.petitionId) && r.status !== 403 && r.status !== 404);
    expect(reached.map((r) => `${r.call} ${r.status}`)).toEqual([]);

    // 404 exactly like an unknown id, in handling and in supervision.
    const unknown = randomUUID();
    for (const [service, path] of [
      ['handling', '/api/v1/cases/'],
      ['supervision', '/api/v1/timeline/'],
    ] as const) {
      const sealed = await http('GET', `${system.url[service]}${path}${receipt.petitionId}`, { token: accused });
      const none = await http('GET', `${system.url[service]}${path}${unknown}`, { token: accused });
      expect(sealed.status).toBe(404);
      // Alike but for the id asked for and the request's own correlation id.
      const alike = (body: any, id: string) => JSON.stringify({ ...body, correlationId: undefined }).split(id).join('<id>');
      expect(alike(sealed.body, receipt.petitionId)).toBe(alike(none.body, unknown));
    }

    const reveal = await http('POST', `${system.url.intake}/api/v1/petitions/${receipt.petitionId}/contact-reveal`, { token: accused, body: { reason: '核实情况需要联系举报人' } });
    expect([403, 404]).toContain(reveal.status);
    expect(JSON.stringify(reveal.body)).not.toMatch(new RegExp(`${NAME}|${PHONE}|${receipt.caseNumber}`));
  });

  it('shows the approved extension, a later instruction and the kept promise on the progress page and the timeline, each titled in zh-CN and en', async () => {
    const EXTENSION_REASON = '电梯主板需向厂家订购，到货需三周';
    const INSTRUCTION = '请住建局盯紧配件到货时间，确保月底前恢复运行。';
    const COMPLETION = '电梯已于今日修复并通过特种设备检验，恢复运行。';
    const receipt = await submitPetition(system, {
      subject: '太平镇锦绣苑小区电梯长期停运',
      text: '太平镇锦绣苑小区2栋电梯停运两个月，住户多为老人，物业迟迟不修，请求相关部门督促物业修复电梯。',
      petitioner: { name: '司徒静', phone: '13766654321' },
    });
    await waitInQueue(system, secretary, receipt.petitionId);
    expect((await instruct(system, secretary, receipt.petitionId, { decision: 'approve', instruction: '请区住建局办理。', leadUnitId: HOUSING, assistingUnitIds: [] })).status).toBe(200);

    const unit = await signDevToken({ roles: ['unit'], unitId: HOUSING });
    await waitForCase(system, unit, receipt.petitionId, (c) => c.status === 'assigned', 'the case at the housing bureau');
    const accepted = await http('POST', `${system.url.handling}/api/v1/cases/${receipt.petitionId}/accept`, { token: unit, body: {} });
    expect(accepted.status).toBe(200);
    const handleBy: string = accepted.body.deadlines.handleBy;

    const requested = await http('POST', `${system.url.handling}/api/v1/cases/${receipt.petitionId}/extension-requests`, { token: unit, body: { days: 20, reason: EXTENSION_REASON } });
    expect(requested.status).toBe(201);
    const approved = await http('POST', `${system.url.handling}/api/v1/cases/${receipt.petitionId}/extension-requests/${requested.body.requestId}/decision`, {
      token: secretary,
      body: { approve: true, comment: '同意延期，请抓紧。' },
    });
    expect(approved.status).toBe(200);
    const newHandleBy: string = approved.body.deadlines.handleBy;
    expect(Date.parse(newHandleBy) - Date.parse(handleBy)).toBe(20 * 86_400_000);
    expect(approved.body.extension).toMatchObject({ status: 'approved', decidedBy: 'party-secretary', reason: EXTENSION_REASON });

    // 批示 at a later stage: the case is accepted; the unit sees the instruction on its case.
    const later = await instruct(system, secretary, receipt.petitionId, { instruction: INSTRUCTION });
    expect(later.status).toBe(200);
    const instructedView = await waitForCase(system, unit, receipt.petitionId, (c) => c.instructions.length > 0, 'the instruction on the case');
    expect(instructedView.instructions).toEqual([expect.objectContaining({ leaderId: 'party-secretary', instruction: INSTRUCTION })]);

    const replied = await http('POST', `${system.url.handling}/api/v1/cases/${receipt.petitionId}/reply`, {
      token: unit,
      body: {
        outcome: 'scheduled',
        facts: '经现场核查，该电梯主板损坏，物业已向厂家订购配件。',
        decision: '责令物业在配件到货后立即修复电梯，并每周向住户公示进度。',
        basis: '《中华人民共和国特种设备安全法》第三十九条',
        promisedBy: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      },
    });
    expect(replied.status).toBe(200);
    const completed = await http('POST', `${system.url.handling}/api/v1/cases/${receipt.petitionId}/completion`, { token: unit, body: { note: COMPLETION } });
    expect(completed.status).toBe(200);

    // The petitioner's view, in both languages, once the completion has arrived.
    const zh = await waitUntil(
      () => progressView(system, receipt, 'zh-CN'),
      (view) => view.steps.some((s: any) => s.title.includes(COMPLETION)),
      { ...WAIT, message: 'the completion on the progress page' },
    );
    const en = await progressView(system, receipt, 'en');
    expect(en.steps).toHaveLength(zh.steps.length);
    zh.steps.forEach((step: any, i: number) => {
      expect(step.title).toMatch(/[\u4e00-\u9fff]/);
      expect(en.steps[i].title.length).toBeGreaterThan(0);
      expect(en.steps[i].title).not.toBe(step.title);
    });
    const stepIn = (view: any, pattern: RegExp) => view.steps.filter((s: any) => pattern.test(s.title));
    // The extension: the new date and the reason, in both languages; never the request itself.
    expect(stepIn(zh, /延长20日/)).toEqual([expect.objectContaining({ title: expect.stringContaining(progressDate(newHandleBy, 'zh-CN')) })]);
    expect(stepIn(zh, /延长20日/)[0].title).toContain(EXTENSION_REASON);
    expect(stepIn(en, /extended by 20 days/)).toEqual([expect.objectContaining({ title: expect.stringContaining(progressDate(newHandleBy, 'en')) })]);
    expect(stepIn(en, /extended by 20 days/)[0].title).toContain(EXTENSION_REASON);
    // A leader's instruction: that there was one, not what it said.
    expect(stepIn(zh, /区领导对您的信访事项作出了批示/)).toHaveLength(1);
    expect(stepIn(en, /A district leader gave instructions on your case/)).toHaveLength(1);
    // The reply with its parts and the kept promise.
    expect(stepIn(zh, /已作出答复/)[0].detail).toContain('特种设备安全法');
    expect(stepIn(en, /replied/)[0].detail).toContain('特种设备安全法');
    expect(stepIn(en, /completed the work promised/)[0].title).toContain(COMPLETION);
    for (const view of [zh, en]) {
      const text = JSON.stringify(view);
      expect(text).not.toContain(INSTRUCTION);
      expect(text).not.toContain('同意延期');
    }

    // Supervision's timeline: every new step, titled in both languages.
    const story = await waitUntil(
      async () => (await timeline(system, supervisor, receipt.petitionId)).body,
      (t: any) => (t.events ?? []).some((e: any) => e.type === 'case.completion-reported'),
      { ...WAIT, message: 'the completion on the timeline' },
    );
    const types = story.events.map((e: any) => e.type);
    for (const type of ['petition.instructed', 'case.accepted', 'case.extension-requested', 'case.extended', 'petition.leader-instructed', 'case.replied', 'case.completion-reported']) {
      expect(types).toContain(type);
    }
    for (const event of story.events) {
      expect(event.title['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(event.title.en.length).toBeGreaterThan(0);
      expect(event.title.en).not.toBe(event.title['zh-CN']);
    }
    expect(story.deadlines.handleBy).toBe(newHandleBy);
    expect(JSON.stringify(story)).not.toContain(INSTRUCTION);
  });
});
