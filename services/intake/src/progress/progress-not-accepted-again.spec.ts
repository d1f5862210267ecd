import { createEvent, fixtureOf, NOT_ACCEPTED_AGAIN_BASIS } from '@sunshine/contracts';
import type { ProgressStep } from '../registration/petition.schema';
import { PROGRESS_EVENT_TYPES, renderProgress, stepOf } from './progress';

const PETITION = '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b31';
const registered: ProgressStep = { code: 'petition.registered', at: new Date('2027-03-02T08:59:00Z'), params: { caseNumber: 'SW-2027-000031' } };
const notAcceptedAgain = createEvent('petition.not-accepted-again', { petitionId: PETITION }, fixtureOf('petition.not-accepted-again').payload, {
  producer: 'routing',
  correlationId: 'progress-spec',
  occurredAt: new Date('2027-03-02T09:00:00Z'),
});

describe('the progress view of a petition not accepted again (信访工作条例 art. 35)', () => {
  it('says it is not accepted again, which case concluded the matter and the article, in zh-CN and English', () => {
    expect(PROGRESS_EVENT_TYPES.has('petition.not-accepted-again')).toBe(true);
    const steps = [registered, stepOf(notAcceptedAgain)!];
    const zh = renderProgress('SW-2027-000031', steps, 'zh-CN');
    expect(zh.status).toBe('not-accepted-again');
    expect(zh.statusLabel).toBe('不再受理');
    expect(zh.steps[1].title).toBe(
      `经核查，您反映的问题与 SW-2026-000123 属同一事实和理由，该事项已经复查、复核终结，依法不再受理。依据：${NOT_ACCEPTED_AGAIN_BASIS['zh-CN']}`,
    );
    const en = renderProgress('SW-2027-000031', steps, 'en');
    expect(en.statusLabel).toBe('Not accepted again');
    expect(en.steps[1].title).toContain('SW-2026-000123');
    expect(en.steps[1].title).toContain('art. 35');
    expect(en.unitName).toBeUndefined();
  });
});
