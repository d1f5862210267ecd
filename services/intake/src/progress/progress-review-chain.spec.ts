import { createEvent, fixtureOf, type DomainEvent, type EventType, type PayloadOf } from '@sunshine/contracts';
import type { Language } from '@sunshine/platform';
import type { ProgressStep } from '../registration/petition.schema';
import { PROGRESS_EVENT_TYPES, renderProgress, stepOf } from './progress';

const PETITION = '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01';
let clock = Date.parse('2027-01-01T00:00:00Z');

function event<T extends EventType>(type: T, changes: Partial<PayloadOf<T>> = {}): DomainEvent<T> {
  clock += 60_000;
  return createEvent(type, { petitionId: PETITION }, { ...fixtureOf(type).payload, ...changes } as PayloadOf<T>, {
    producer: fixtureOf(type).producer,
    correlationId: 'progress-review-spec',
    occurredAt: new Date(clock),
  });
}

const registered: ProgressStep = { code: 'petition.registered', at: new Date('2026-12-31T00:00:00Z'), params: { caseNumber: 'SW-2026-000123' } };
const assigned = (): ProgressStep => ({ ...stepOf(event('petition.assigned'))!, at: new Date('2026-12-31T01:00:00Z') });

function view(events: DomainEvent[], language: Language = 'zh-CN') {
  const steps = [registered, assigned(), ...events.map((e) => stepOf(e)).filter((s): s is ProgressStep => Boolean(s))];
  return renderProgress('SW-2026-000123', steps, language);
}
const last = (v: ReturnType<typeof view>) => v.steps[v.steps.length - 1];

describe('the progress view of issue 11: visits, ratings, bounded re-handling, review and conclusion', () => {
  it('follows every step of the feedback line', () => {
    for (const type of ['case.rehandling-limit-reached', 'feedback.visited', 'feedback.rated', 'feedback.review-requested', 'feedback.review-decided', 'petition.concluded', 'petition.withdrawn']) {
      expect(PROGRESS_EVENT_TYPES.has(type)).toBe(true);
    }
  });

  it('tells of a visit its date and method, never the visitor or the notes', () => {
    const visited = event('feedback.visited', { visitedAt: '2026-12-10T06:00:00.000Z', method: 'on-site', visitor: '李明', summary: '群众说还有噪声' });
    const zh = last(view([visited]));
    expect(zh.title).toBe('已于2026年12月10日对您进行上门回访');
    expect(JSON.stringify(zh)).not.toMatch(/李明|噪声/);
    expect(last(view([visited], 'en')).title).toBe('A return visit was made on 10 Dec 2026 (on site)');
  });

  it('tells a rating recorded in a visit apart from an online one', () => {
    expect(last(view([event('feedback.rated', { satisfaction: 'satisfied', source: 'visit', visitId: 'v-1' })])).title).toBe('回访时已记录您对答复的评价：满意（回访代评）');
    expect(last(view([event('feedback.rated', { satisfaction: 'satisfied', source: 'visit' })], 'en')).title).toBe('During the return visit your rating of the reply was recorded: Satisfied');
    expect(last(view([event('feedback.rated', { satisfaction: 'basically-satisfied', source: 'online' })])).title).toBe('已收到您的评价：基本满意');
  });

  it('after the re-handling limit, tells of the right to review within 30 days and where — the body the reply named', () => {
    const replied = event('case.replied', { reviewRights: '如对本答复意见不服，可自收到本答复意见之日起30日内向沙湾区人民政府提出复查请求（《信访工作条例》第三十五条）。' });
    const zh = last(view([replied, event('case.rehandling-limit-reached')]));
    expect(zh.title).toContain('不再自动重办');
    expect(zh.detail).toBe('如对本答复意见不服，可自收到本答复意见之日起30日内向沙湾区人民政府提出复查请求（《信访工作条例》第三十五条）。');
    const en = last(view([replied, event('case.rehandling-limit-reached')], 'en'));
    expect(en.title).toContain('not reopened again');
    expect(en.detail).toContain('within 30 days');
    expect(en.detail).toContain('review office');
    expect(view([replied, event('case.rehandling-limit-reached')]).status).toBe('replied');
  });

  it('shows a review request with its decide-by date, and who filed it', () => {
    const requested = event('feedback.review-requested', { answerBy: '2027-01-14T02:00:00.000Z', requestedBy: 'registrar', reviewBody: '区人民政府信访复查机关' });
    const zh = view([requested]);
    expect(zh.status).toBe('under-review');
    expect(last(zh).title).toBe('区人民政府信访复查机关已受理您的复查申请（由工作人员代为提交），将于2027年1月14日前作出复查意见');
    expect(last(view([requested], 'en')).title).toBe('Your review request was accepted by 区人民政府信访复查机关 (submitted for you by our staff); it will be decided by 14 Jan 2027');
  });

  it('shows a "change" decision with the text and the unit’s new date, then the reopening by review', () => {
    const decided = event('feedback.review-decided', { decision: 'change', text: '责令重新核实补偿标准。', newHandleBy: '2027-02-04T15:59:59.999Z' });
    const reopened = event('case.reopened', { reason: 'review-changed', handleBy: '2027-02-04T15:59:59.999Z' });
    const zh = view([decided, reopened]);
    expect(zh.steps[zh.steps.length - 2].title).toBe('复查意见：变更，责令重新办理。责令重新核实补偿标准。承办单位将重新办理，并于2027年2月4日前答复。如对复查意见不服，可自收到之日起30日内申请复核。');
    expect(last(zh).title).toBe('根据复查（复核）意见，已责令区生态环境局重新办理，将于2027年2月4日前重新答复');
    const en = view([decided, reopened], 'en');
    expect(en.steps[en.steps.length - 2].title).toContain('The unit handles it again and replies by 4 Feb 2027.');
    expect(last(en).title).toBe('Following the review decision, 区生态环境局 must handle the matter again and reply by 4 Feb 2027');
  });

  it('ends a re-review without the re-review advice, and concludes it as exhausted', () => {
    const decided = event('feedback.review-decided', { level: 're-review', decision: 'uphold', text: '维持复查意见。' });
    const concluded = event('petition.concluded', { reason: 'review-exhausted' });
    const zh = view([decided, concluded]);
    expect(zh.steps[zh.steps.length - 2].title).toBe('复核意见：维持。维持复查意见。');
    expect(last(zh).title).toBe('事项已办结（复查复核程序终结）');
    expect(zh.status).toBe('concluded');
    expect(last(view([decided, concluded], 'en')).title).toBe('The matter is concluded (Review and re-review exhausted)');
  });

  it('tells of a withdrawal and the case closed for it', () => {
    const zh = view([event('petition.withdrawn'), event('case.closed', { reason: 'withdrawn' })]);
    expect(zh.steps.slice(-2).map((s) => s.title)).toEqual(['您已撤回该信访件', '因您撤回信访事项，该件已办结']);
    expect(last(view([event('case.closed', { reason: 'withdrawn' })], 'en')).title).toBe('The case was closed as you withdrew the petition');
    expect(view([event('petition.concluded', { reason: 'no-review-requested' })]).steps.at(-1)!.title).toBe('事项已办结（期满未申请复查）');
  });
});
