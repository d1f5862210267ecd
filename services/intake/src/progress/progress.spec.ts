import { createEvent, fixtureOf, type DomainEvent, type EventType, type PayloadOf } from '@sunshine/contracts';
import type { Language } from '@sunshine/platform';
import type { ProgressStep } from '../registration/petition.schema';
import { linkedReplyStep, PROGRESS_EVENT_TYPES, renderProgress, stepOf } from './progress';

const PETITION = '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01';
let clock = Date.parse('2027-01-01T00:00:00Z');

/** The contract fixture's event with `changes`, a minute after the previous one. */
function event<T extends EventType>(type: T, changes: Partial<PayloadOf<T>> = {}): DomainEvent<T> {
  clock += 60_000;
  return createEvent(type, { petitionId: PETITION }, { ...fixtureOf(type).payload, ...changes } as PayloadOf<T>, {
    producer: fixtureOf(type).producer,
    correlationId: 'progress-spec',
    occurredAt: new Date(clock),
  });
}

const registered: ProgressStep = { code: 'petition.registered', at: new Date('2026-12-31T00:00:00Z'), params: { caseNumber: 'SW-2026-000123' } };
const assigned = (): ProgressStep => ({ ...stepOf(event('petition.assigned'))!, at: new Date('2026-12-31T01:00:00Z') });

/** The view of these events after registration and assignment, in one language. */
function view(events: DomainEvent[], language: Language = 'zh-CN') {
  const steps = [registered, assigned(), ...events.map((e) => stepOf(e)).filter((s): s is ProgressStep => Boolean(s))];
  return renderProgress('SW-2026-000123', steps, language);
}
const lastTitle = (v: ReturnType<typeof view>) => v.steps[v.steps.length - 1].title;

describe('the progress view of issue 10’s steps', () => {
  it('tells where a transferred petition went, why and on what basis, and shows the status 转送其他机关', () => {
    const zh = view([event('case.transferred')]);
    expect(zh.status).toBe('transferred');
    expect(zh.statusLabel).toBe('转送其他机关');
    expect(lastTitle(zh)).toBe('您的信访事项依法应由区人民法院处理，已转送该机关：所涉纠纷已由人民法院立案受理，应通过诉讼程序解决（依据：信访工作条例 第三十一条）');
    const en = view([event('case.transferred')], 'en');
    expect(en.statusLabel).toBe('Transferred to another body');
    expect(lastTitle(en)).toContain('was transferred there');
    expect(lastTitle(en)).toContain('区人民法院');
    expect(lastTitle(en)).toContain('信访工作条例 第三十一条');
  });

  it('shows an approved extension with the new handle-by date and the reason', () => {
    const extended = event('case.extended', { handleBy: '2027-02-25T02:00:00.000Z', reason: '涉及多个部门，需联合调查', days: 30 });
    expect(lastTitle(view([extended]))).toBe('经批准，办理期限延长30日至2027年2月25日，原因：涉及多个部门，需联合调查');
    expect(lastTitle(view([extended], 'en'))).toBe('With approval the deadline was extended by 30 days to 25 Feb 2027: 涉及多个部门，需联合调查');
  });

  it('keeps extension requests and refusals, assisting opinions, coordination requests and sealing to the staff', () => {
    for (const type of ['case.extension-requested', 'case.extension-refused', 'case.assist-opinion-submitted', 'case.coordination-requested', 'petition.triaged'] as const) {
      expect(stepOf(event(type))).toBeUndefined();
      expect(PROGRESS_EVENT_TYPES.has(type)).toBe(false);
    }
    const before = view([]);
    expect(before.steps).toHaveLength(2);
  });

  it('says the joint office convened the units, never which units nor their opinions', () => {
    const convened = event('case.joint-convened');
    const zh = view([convened]);
    expect(lastTitle(zh)).toBe('区信访联席办公室已召集相关单位联合研究处理您反映的问题');
    expect(lastTitle(view([convened], 'en'))).toBe('The joint petition office convened the units concerned to handle your petition together');
    expect(JSON.stringify(stepOf(convened))).not.toContain(convened.payload.opinion);
    for (const unit of convened.payload.participantUnitIds) expect(JSON.stringify(zh)).not.toContain(unit);
  });

  it('says a leader gave instructions, never what they said', () => {
    const instructed = event('petition.leader-instructed');
    expect(lastTitle(view([instructed]))).toBe('区领导对您的信访事项作出了批示');
    expect(lastTitle(view([instructed], 'en'))).toBe('A district leader gave instructions on your case');
    expect(JSON.stringify(stepOf(instructed))).not.toContain(instructed.payload.instruction);
  });

  it('reports a promised completion with its date and note', () => {
    const done = event('case.completion-reported', { promisedBy: '2027-01-15T15:59:59.999Z', note: '已加装隔音屏障' });
    expect(lastTitle(view([done]))).toBe('区生态环境局承诺于2027年1月15日前解决的事项已落实：已加装隔音屏障');
    expect(lastTitle(view([done], 'en'))).toBe('区生态环境局 completed the work promised by 15 Jan 2027: 已加装隔音屏障');
  });

  it('states a reply’s facts, decision, basis and the right to a review, and its promised date', () => {
    const replied = event('case.replied', { outcome: 'scheduled', promisedBy: '2027-01-15T15:59:59.999Z' });
    const zh = view([replied]);
    expect(lastTitle(zh)).toBe('区生态环境局已作出答复（限期解决，承诺于2027年1月15日前解决），请查看答复意见并进行评价');
    const detail = zh.steps[zh.steps.length - 1].detail!;
    expect(detail).toContain('查明事实：经现场核查，该工地存在夜间施工扰民情况。');
    expect(detail).toContain('处理意见：限期解决');
    expect(detail).toContain('依据：《中华人民共和国噪声污染防治法》第四十三条');
    expect(detail).toContain('30日内');
    expect(zh.reply).toMatchObject({ outcome: 'scheduled', facts: expect.any(String), basis: expect.any(String), promisedBy: '2027-01-15T15:59:59.999Z', reviewRights: expect.stringContaining('复查') });

    const en = view([replied], 'en');
    expect(lastTitle(en)).toBe('区生态环境局 replied (Scheduled for a promised date; promised by 15 Jan 2027); read the reply and rate it');
    expect(en.steps[en.steps.length - 1].detail).toMatch(/Facts found: .*Decision: Scheduled for a promised date\. Basis: .*within 30 days/);
  });

  it('gives the next check date of an explained case still being worked on', () => {
    const replied = event('case.replied', { outcome: 'explained', nextCheckAt: '2027-02-01T02:00:00.000Z' });
    expect(lastTitle(view([replied]))).toContain('解释说明，将于2027年2月1日再次核查办理情况');
    expect(lastTitle(view([replied], 'en'))).toContain('Explained; next check on 1 Feb 2027');
  });

  it('gives a refusal to accept with its reason and basis', () => {
    const refused = event('case.not-accepted');
    expect(lastTitle(view([refused]))).toBe('区生态环境局决定不予受理：该事项已进入诉讼程序（依据：信访工作条例 第三十条）');
    expect(lastTitle(view([refused], 'en'))).toBe('区生态环境局 decided not to accept it: 该事项已进入诉讼程序 (basis: 信访工作条例 第三十条)');
  });

  it('never tells a sealed report’s petitioner which unit it accuses', () => {
    const sealedAssignment = event('petition.assigned', { accusedUnitIds: ['housing-construction-bureau'] });
    const step = stepOf(sealedAssignment)!;
    expect(JSON.stringify(step)).not.toContain('housing-construction-bureau');
    expect(JSON.stringify(renderProgress('SW-2026-000123', [registered, step], 'en'))).not.toContain('housing');
  });

  it('shows a linked petition the original’s reply — decision, facts, basis, not its text — until the link is undone', () => {
    const linked = stepOf(event('petition.duplicate-linked', { relation: 'joint', originalCaseNumber: 'SW-2026-000098' }))!;
    const reply = stepOf(event('case.replied', { outcome: 'not-supported' }))!;
    const copy = linkedReplyStep(reply, 'SW-2026-000098');
    expect(copy.params).not.toHaveProperty('text');
    expect(copy.params).not.toHaveProperty('reviewRights');
    // A reply given before the link is told from the link on; a later one when it happens.
    const linkedLater = new Date(new Date(reply.at).getTime() + 86_400_000);
    expect(linkedReplyStep(reply, 'SW-2026-000098', linkedLater).at).toEqual(linkedLater);
    expect(linkedReplyStep(reply, 'SW-2026-000098', new Date(0)).at).toEqual(reply.at);
    const zh = renderProgress('SW-2026-000200', [registered, linked, copy], 'zh-CN');
    expect(zh.status).toBe('linked');
    expect(zh.reply).toBeUndefined();
    expect(zh.originalReply).toMatchObject({ caseNumber: 'SW-2026-000098', outcome: 'not-supported', outcomeLabel: '不支持', facts: expect.stringContaining('现场核查'), basis: expect.stringContaining('第四十三条') });
    expect(zh.steps[2].title).toBe('您反映的同一事项（SW-2026-000098）已由承办单位作出答复（不支持），您也可以对该答复进行评价');
    expect(JSON.stringify(zh)).not.toContain('感谢您的监督');
    const en = renderProgress('SW-2026-000200', [registered, linked, copy], 'en');
    expect(en.steps[2].title).toBe('The same matter (SW-2026-000098) was replied to (Not supported); you may rate that reply too');

    const undone = stepOf(event('petition.link-undone'))!;
    const after = renderProgress('SW-2026-000200', [registered, linked, copy, { ...undone, at: new Date(clock + 3_600_000) }], 'zh-CN');
    expect(after.originalReply).toBeUndefined();
    expect(after.steps[3].title).toBe('经复核，您反映的问题与此前关联的信访件并非同一事项，将作为独立事项重新办理');
    expect(renderProgress('x', [undone], 'en').steps[0].title).toContain('handled as a case of its own');
  });
});
