import { testNamespace } from '@sunshine/testing';
import { http, startSystem, type RunningSystem } from './support/system';
import { DAY_MS, futureIso, replyBody, Workbench, type Receipt } from './support/workbench';

/**
 * The responsible units' workbench (issue 10) as people use it, over HTTP only, on one running
 * system with a movable clock: every kind answered the way the law expects, extension by a
 * leader's approval, joint handling, and a leader's send-back after a rating. Every item waits for
 * a leader (ROUTING_INSTRUCTION_POLICY=all), so the test, as the leader, chooses the units.
 */

const ROADS = 'transport-bureau';
const WATER = 'water-affairs-bureau';
const HOUSING = 'housing-construction-bureau';
const CIVIL = 'civil-affairs-bureau';
const LAW_ENFORCEMENT = 'law-enforcement-bureau';
const DISCIPLINE = 'discipline-commission';
// The right to ask for review (复查) within 30 days and where (条例 art. 35), as every written reply states it.
const REVIEW_NOTICE_ZH = /30日内向.+提出复查请求（《信访工作条例》第三十五条）/;
const REVIEW_NOTICE_EN = /to review it \(复查\) within 30 days .*art\. 35/;

describe('the handling workbench over HTTP', () => {
  let system: RunningSystem;
  let w: Workbench;

  beforeAll(async () => {
    system = await startSystem(testNamespace('workbench'), { routing: { ROUTING_INSTRUCTION_POLICY: 'all' } }, { movableClock: true });
    w = new Workbench(system);
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  /** The petitioner's view of their reply, in both languages: facts, decision, basis, review rights. */
  async function expectReplyShown(receipt: Receipt, facts: string, basis: string) {
    const zh = await w.progressUntil(receipt, (v) => v.status === 'replied' && v.reply?.round === 1, 'the reply in the progress view');
    expect(zh.reply.facts).toBe(facts);
    expect(zh.reply.basis).toContain(basis);
    expect(zh.reply.reviewRights).toMatch(REVIEW_NOTICE_ZH);
    const step = zh.steps.find((s: any) => typeof s.detail === 'string' && s.detail.includes('查明事实'));
    expect(step.detail).toContain(`查明事实：${facts}`);
    expect(step.detail).toContain('处理意见：');
    expect(step.detail).toContain('依据：');
    expect(step.detail).toMatch(REVIEW_NOTICE_ZH);
    const en = await w.progress(receipt, 'en');
    const enStep = en.steps.find((s: any) => typeof s.detail === 'string' && s.detail.includes('Facts found'));
    expect(enStep.detail).toContain('Decision: ');
    expect(enStep.detail).toContain('Basis: ');
    expect(enStep.detail).toMatch(REVIEW_NOTICE_EN);
    return { zh, en };
  }

  it('answers every kind of petition the way the law expects, refuses a reply missing a part, and shows the petitioner each written part', async () => {
    const petitions = {
      suggestion: { subject: '建议在沙湾公园增设健身器材', text: '建议在沙湾公园东侧空地增设一批健身器材和休息座椅，方便周边老年居民锻炼身体。' },
      consultation: { subject: '咨询跨省转移养老保险关系', text: '请问我从外省回沙湾工作，养老保险关系如何办理转移，需要哪些材料？' },
      request: { subject: '嘉农镇幸福村道路损坏', text: '嘉农镇幸福村通往镇上的水泥路有多处大坑，雨天积水，车辆无法通行，请有关部门尽快修复。' },
      complaint: { subject: '投诉物业公司不作为', text: '碧桂园小区物业长期不作为，三号楼电梯坏了一个月无人维修，老人上下楼非常困难，投诉多次没有回音。' },
      complaint2: { subject: '投诉安置房漏水问题推诿', text: '太平镇安置小区五栋顶楼漏水两年，开发商和物业互相推诿，敷衍了事，请相关部门督促维修。' },
    };
    const lead = { suggestion: CIVIL, consultation: CIVIL, request: ROADS, complaint: HOUSING, complaint2: HOUSING };
    const cases = Object.fromEntries(
      await Promise.all(
        (Object.keys(petitions) as (keyof typeof petitions)[]).map(async (key) => [key, await w.acceptedCase(petitions[key], { leadUnitId: lead[key] })] as const),
      ),
    );
    // Routing triaged each kind from the petitioner's own words.
    expect(cases.suggestion!.view.kind).toBe('suggestion');
    expect(cases.consultation!.view.kind).toBe('consultation');
    expect(cases.request!.view.kind).toBe('request');
    expect(cases.complaint!.view.kind).toBe('complaint');
    expect(cases.complaint2!.view.kind).toBe('complaint');

    // A reply missing its decision and basis is refused naming them, and changes nothing.
    const incomplete = await w.act(cases.request!.petitionId, ROADS, 'reply', { outcome: 'supported', facts: '经核查属实。' });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body).toMatchObject({ code: 'REPLY.PART_MISSING', missingParts: ['decision', 'basis'] });
    expect(JSON.stringify(incomplete.body)).toMatch(/处理意见|决定/);
    // A promise without its date, and an outcome of another kind, are refused the same way.
    const noDate = await w.act(cases.request!.petitionId, ROADS, 'reply', replyBody('scheduled'));
    expect(noDate.status).toBe(422);
    expect(noDate.body.missingParts).toEqual(['promisedBy']);
    const wrongKind = await w.act(cases.request!.petitionId, ROADS, 'reply', replyBody('adopted'));
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.body.code).toBe('CASE.OUTCOME_NOT_FOR_KIND');
    const unchanged = (await w.caseAs(cases.request!.petitionId, await w.unit(ROADS))).body;
    expect(unchanged).toMatchObject({ status: 'accepted', round: 0, replies: [] });

    // Suggestion: adopted, with thanks.
    const adopted = await w.act(cases.suggestion!.petitionId, CIVIL, 'reply', replyBody('adopted'));
    expect(adopted.status).toBe(200);
    await expectReplyShown(cases.suggestion!.receipt, '您的建议经研究具有可行性。', '民生实事项目管理办法');

    // Consultation: answered from the standard-answer library, citing its law and article.
    const library = (await http('GET', `${w.url.handling}/api/v1/standard-answers`, { token: await w.unit(CIVIL) })).body;
    const answers: any[] = library.items ?? library;
    const standard = answers.find((a) => a.id === 'sa-social-insurance-transfer') ?? answers[0];
    expect(standard.legalBasis.article).toBeTruthy();
    const answered = await w.act(cases.consultation!.petitionId, CIVIL, 'reply', replyBody('answered', { standardAnswerId: standard.id }));
    expect(answered.status).toBe(200);
    const consultationView = (await w.caseAs(cases.consultation!.petitionId, await w.unit(CIVIL))).body;
    expect(consultationView.replies[0].standardAnswer).toMatchObject({ id: standard.id, version: standard.version });
    await expectReplyShown(cases.consultation!.receipt, '您咨询的问题已查明。', standard.legalBasis.article);

    // Request: scheduled, with a promised date the petitioner sees.
    const promisedBy = futureIso(system, 20);
    const scheduled = await w.act(cases.request!.petitionId, ROADS, 'reply', replyBody('scheduled', { promisedBy }));
    expect(scheduled.status).toBe(200);
    const requestView = await expectReplyShown(cases.request!.receipt, '经现场核查，反映情况属实，需要一定时间解决。', '农村公路');
    expect(requestView.zh.reply.promisedBy).toBe(promisedBy);
    expect(JSON.stringify(requestView.zh.steps)).toContain('承诺于');
    expect(JSON.stringify(requestView.en.steps)).toContain('promised by');

    // Complaints: explained and still worked on (next check date); not supported (reason and basis).
    const nextCheckAt = futureIso(system, 10);
    expect((await w.act(cases.complaint!.petitionId, HOUSING, 'reply', replyBody('explained', { nextCheckAt }))).status).toBe(200);
    const complaintView = await expectReplyShown(cases.complaint!.receipt, '经调查，问题成因复杂，短期内难以彻底解决。', '第三十三条');
    expect(complaintView.zh.reply.nextCheckAt).toBe(nextCheckAt);
    expect(JSON.stringify(complaintView.en.steps)).toContain('next check on');
    expect((await w.act(cases.complaint2!.petitionId, HOUSING, 'reply', replyBody('not-supported'))).status).toBe(200);
    await expectReplyShown(cases.complaint2!.receipt, '经核实，有关做法符合规定。', '第三十二条');
  });

  it('transfers a report to the discipline body once a leader has instructed it, and the unit it accuses never sees it', async () => {
    const receipt = await w.submit({
      subject: '检举区城管局执法队队长收受好处费',
      text: '我要检举区城管局执法队的某队长，多次收受夜市摊贩的好处费，充当保护伞，对违规占道经营不闻不问。',
    });
    // Sealed: it waits for a leader even though nobody ticked the confidential box.
    await w.instruct(receipt.petitionId, { leadUnitId: DISCIPLINE });
    await w.accept(receipt.petitionId, DISCIPLINE);
    const view = await w.caseUntil(receipt.petitionId, DISCIPLINE, (c) => c.status === 'accepted');
    expect(view).toMatchObject({ kind: 'report', confidential: true });
    const transferred = await w.act(receipt.petitionId, DISCIPLINE, 'reply', replyBody('transferred-to-discipline'));
    expect(transferred.status).toBe(200);
    await expectReplyShown(receipt, '您检举的问题线索已收悉。', '第四十五条');
    // The accused unit: 404 by id, as for any unknown case, and not in its list.
    const accused = await w.unit(LAW_ENFORCEMENT);
    expect((await w.caseAs(receipt.petitionId, accused)).status).toBe(404);
    const listed = (await http('GET', `${w.url.handling}/api/v1/cases?limit=100`, { token: accused })).body;
    expect(JSON.stringify(listed)).not.toContain(receipt.petitionId);
  });

  it('extends a deadline only on a leader’s approval, keeps it on a refusal, and refuses both once the deadline has passed', async () => {
    const approved = await w.acceptedCase(
      { subject: '牛石镇新街自来水水压不足', text: '牛石镇新街片区的自来水水压长期不足，楼上住户白天基本没有水用，请尽快解决供水问题。' },
      { leadUnitId: WATER },
    );
    const refused = await w.acceptedCase(
      { subject: '福禄镇集镇排水沟堵塞', text: '福禄镇集镇老街排水沟长期堵塞，下雨时污水漫到路面，臭气熏天，请安排清淤疏通。' },
      { leadUnitId: WATER },
    );
    const leader = await w.leader('district-head');
    const decide = (petitionId: string, requestId: string, approve: boolean, comment: string) =>
      http('POST', `${w.url.handling}/api/v1/cases/${petitionId}/extension-requests/${requestId}/decision`, { token: leader, body: { approve, comment } });

    // Requested → the date does not move yet → approved → it moves by the days to the end of that day in Shanghai.
    const handleBy = approved.view.deadlines.handleBy as string;
    const request = await w.act(approved.petitionId, WATER, 'extension-requests', { days: 15, reason: '需协调供水公司更换加压泵，设备采购周期较长' });
    expect(request.status).toBe(201);
    expect(request.body.requestId).toEqual(expect.any(String));
    expect((await w.caseAs(approved.petitionId, await w.unit(WATER))).body.deadlines.handleBy).toBe(handleBy);
    const approval = await decide(approved.petitionId, request.body.requestId, true, '同意延期，务必按期解决。');
    expect(approval.status).toBe(200);
    const extended = (await w.caseAs(approved.petitionId, await w.unit(WATER))).body;
    const expected = new Date(new Date(handleBy).getTime() + 15 * DAY_MS).toISOString();
    expect(extended.deadlines.handleBy).toBe(expected);
    expect(extended.extension).toMatchObject({ status: 'approved', days: 15, decidedBy: 'district-head' });
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', timeStyle: 'medium' }).format(new Date(expected))).toBe('23:59:59');
    // The petitioner sees the new date and the reason, in zh-CN and en.
    const zh = await w.progressUntil(approved.receipt, (v) => JSON.stringify(v.steps).includes('办理期限延长'), 'the extension in the progress view');
    const longDate = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long' }).format(new Date(expected));
    expect(JSON.stringify(zh.steps)).toContain(`办理期限延长15日至${longDate}，原因：需协调供水公司更换加压泵`);
    const en = await w.progress(approved.receipt, 'en');
    expect(JSON.stringify(en.steps)).toContain('extended by 15 days');
    // Only one extension.
    expect((await w.act(approved.petitionId, WATER, 'extension-requests', { days: 5, reason: '再延期' })).status).toBe(409);

    // Requested → refused → the date stays.
    const original = refused.view.deadlines.handleBy as string;
    const second = await w.act(refused.petitionId, WATER, 'extension-requests', { days: 20, reason: '施工需等待旱季' });
    expect(second.status).toBe(201);
    const refusal = await decide(refused.petitionId, second.body.requestId, false, '理由不充分，请按期办结。');
    expect(refusal.status).toBe(200);
    const afterRefusal = (await w.caseAs(refused.petitionId, await w.unit(WATER))).body;
    expect(afterRefusal.deadlines.handleBy).toBe(original);
    expect(afterRefusal.extension).toMatchObject({ status: 'refused' });
    expect(JSON.stringify((await w.progress(refused.receipt)).steps)).not.toContain('办理期限延长');

    // Requested again → the clock passes handle-by → approving is refused, and nothing changes.
    const third = await w.act(refused.petitionId, WATER, 'extension-requests', { days: 10, reason: '清淤设备故障待修' });
    expect(third.status).toBe(201);
    await system.clock.set(new Date(original).getTime() - Date.now() + DAY_MS);
    const late = await decide(refused.petitionId, third.body.requestId, true, '同意');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('EXTENSION.AFTER_DEADLINE');
    const afterLate = (await w.caseAs(refused.petitionId, await w.unit(WATER))).body;
    expect(afterLate.deadlines.handleBy).toBe(original);
    expect(afterLate.extension).toMatchObject({ status: 'pending', requestId: third.body.requestId });
    // A refusal is still possible; a new request after the deadline is refused.
    expect((await decide(refused.petitionId, third.body.requestId, false, '已超期，不予延期。')).status).toBe(200);
    const tooLate = await w.act(refused.petitionId, WATER, 'extension-requests', { days: 5, reason: '补充申请' });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.code).toBe('EXTENSION.AFTER_DEADLINE');
    expect((await w.caseAs(refused.petitionId, await w.unit(WATER))).body.deadlines.handleBy).toBe(original);
  });

  it('joins units: an assisting unit’s opinion in the lead’s reply, a convened participant who can read the case, coordination only after the return window', async () => {
    const { receipt, petitionId, view } = await w.acceptedCase(
      { subject: '沙湾镇滨河路老旧小区改造后雨污混流', text: '滨河路老旧小区改造后雨水管和污水管接错，下雨时污水倒灌进一楼住户家中，请住建和水务部门联合处理。' },
      { leadUnitId: HOUSING, assistingUnitIds: [WATER] },
    );
    expect(view.assistingUnitIds).toEqual([WATER]);

    // The assisting unit gives its opinion (协办意见); it never sees contact details.
    const assisting = await w.caseAs(petitionId, await w.unit(WATER));
    expect(assisting.status).toBe(200);
    const opinion = '经水务局现场勘查，系改造时雨污管道错接，建议由施工单位按图纸重新接驳。';
    expect((await w.act(petitionId, WATER, 'assist-opinions', { opinion })).status).toBe(200);
    const reveal = await http('POST', `${w.url.intake}/api/v1/petitions/${petitionId}/contact-reveal`, { token: await w.unit(WATER), body: { reason: '需电话核实漏水情况' } });
    expect(reveal.status).toBe(403);
    expect(reveal.body.code).toBe('DISCLOSURE.LEAD_UNIT_ONLY');

    // The joint office convenes with a unit not on the case, which can read it from then on.
    const participant = await w.unit(LAW_ENFORCEMENT);
    expect((await w.caseAs(petitionId, participant)).status).toBe(404);
    const convened = await http('POST', `${w.url.handling}/api/v1/cases/${petitionId}/convene`, {
      token: await w.jointOffice(),
      body: { participantUnitIds: [LAW_ENFORCEMENT], opinion: '由区住建局牵头，区水务局、区综合行政执法局配合，十日内完成管道改接。' },
    });
    expect(convened.status).toBe(200);
    const participantView = await w.caseAs(petitionId, participant);
    expect(participantView.status).toBe(200);
    expect(participantView.body.jointHandling.opinion).toContain('十日内完成管道改接');
    await w.progressUntil(receipt, (v) => JSON.stringify(v.steps).includes('联席办公室已召集'), 'the convening in the progress view');
    expect(JSON.stringify((await w.progress(receipt, 'en')).steps)).toContain('convened the units');

    // Coordination: refused while the unit could still return the case, accepted once the window has closed.
    const early = await w.act(petitionId, HOUSING, 'coordination-requests', { reason: '涉及多个部门，请联席办协调' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('JOINT.RETURN_WINDOW_OPEN');
    const returnBy = new Date(view.deadlines.returnBy).getTime();
    await system.clock.set(Math.max(system.clock.offsetMs(), returnBy - Date.now() + 3_600_000));
    const late = await w.act(petitionId, HOUSING, 'coordination-requests', { reason: '涉及多个部门，请联席办协调' });
    expect(late.status).toBe(200);
    const queue = (await http('GET', `${w.url.handling}/api/v1/coordination-requests`, { token: await w.jointOffice() })).body;
    expect(queue.items.map((i: any) => i.petitionId)).toContain(petitionId);

    // The lead unit's reply shows the assisting opinion.
    expect((await w.act(petitionId, HOUSING, 'reply', replyBody('supported'))).status).toBe(200);
    const replied = (await w.caseAs(petitionId, await w.unit(HOUSING))).body;
    expect(replied.replies[0].assistingOpinions).toEqual([expect.objectContaining({ unitId: WATER, opinion })]);
    expect(replied.replies[0].text).toContain('雨污管道错接');
  });

  it('lets a leader send a rated case back within the review window, and refuses it after the window with the date', async () => {
    const { receipt, petitionId } = await w.acceptedCase(
      { subject: '踏水镇敬老院冬季取暖设施不足', text: '踏水镇敬老院冬天没有取暖设备，老人们晚上很冷，请民政部门尽快解决取暖问题。' },
      { leadUnitId: CIVIL, leaderInCharge: 'leader-deputy-head-1' },
    );
    const leader = await w.leader('leader-deputy-head-1');
    const sendBack = (note: string) => http('POST', `${w.url.handling}/api/v1/cases/${petitionId}/send-back`, { token: leader, body: { note } });

    expect((await w.act(petitionId, CIVIL, 'reply', replyBody('supported'))).status).toBe(200);
    await w.progressUntil(receipt, (v) => v.status === 'replied', 'the reply');
    await w.rate(receipt, 'satisfied');
    await w.caseUntil(petitionId, CIVIL, (c) => c.status === 'closed', 'the case closed by the rating');

    // Within the window: reopened, and the petitioner sees it.
    const sent = await sendBack('答复过于简单，请补充取暖设备的落实时间。');
    expect(sent.status).toBe(200);
    const reopened = (await w.caseAs(petitionId, await w.unit(CIVIL))).body;
    expect(reopened.status).toBe('reopened');
    expect(reopened.reopenings.at(-1)).toMatchObject({ reason: 'leader-sent-back' });
    await w.progressUntil(receipt, (v) => v.status === 'reopened' && JSON.stringify(v.steps).includes('重新办理'), 'the reopening in the progress view');
    expect(JSON.stringify((await w.progress(receipt, 'en')).steps)).toContain('asked to handle it again');

    // Replied and rated again; past the window a send-back is refused naming the day, and nothing changes.
    expect((await w.act(petitionId, CIVIL, 'reply', replyBody('supported'))).status).toBe(200);
    await w.progressUntil(receipt, (v) => v.status === 'replied' && v.reply?.round === 2, 'the second reply');
    await w.rate(receipt, 'satisfied');
    const closed = await w.caseUntil(petitionId, CIVIL, (c) => c.status === 'closed', 'the case closed again');
    const lastReply = new Date(closed.replies.at(-1).repliedAt).getTime();
    await system.clock.set(Math.max(system.clock.offsetMs(), lastReply - Date.now() + 31 * DAY_MS));
    const tooLate = await sendBack('再次发回');
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.code).toBe('CASE.REVIEW_WINDOW_CLOSED');
    const closedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(lastReply + 30 * DAY_MS));
    expect(JSON.stringify(tooLate.body)).toContain(closedOn);
    expect((await w.caseAs(petitionId, await w.unit(CIVIL))).body.status).toBe('closed');
  });
});
