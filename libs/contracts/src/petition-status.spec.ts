import { Catalogue } from './catalogue';
import { PetitionStatuses, STATUS_AFTER_EVENT, routingStatusLabel, statusAfterEvent } from './petition-status';

describe('petition statuses', () => {
  it('have a zh-CN and an English label each', () => {
    for (const status of PetitionStatuses.codes) {
      expect(PetitionStatuses.label(status, 'zh-CN')).toMatch(/\S/);
      expect(PetitionStatuses.label(status, 'en')).toMatch(/\S/);
    }
  });

  it('follow the events that change them, and only catalogued event types', () => {
    const types = new Set<string>(Catalogue.map((d) => d.type));
    for (const type of Object.keys(STATUS_AFTER_EVENT)) expect(types).toContain(type);
    // Every event type that intake's progress view and supervision's case state mapped before.
    expect(
      Object.fromEntries(
        [
          'petition.registered',
          'petition.duplicate-linked',
          'petition.instruction-requested',
          'petition.assigned',
          'petition.reassigned',
          'case.returned',
          'case.accepted',
          'case.not-accepted',
          'case.replied',
          'case.reopened',
          'case.closed',
          'feedback.review-requested',
          'feedback.review-decided',
          'petition.concluded',
          'petition.withdrawn',
        ].map((t) => [t, statusAfterEvent(t)]),
      ),
    ).toEqual({
      'petition.registered': 'registered',
      'petition.duplicate-linked': 'linked',
      'petition.instruction-requested': 'awaiting-instruction',
      'petition.assigned': 'assigned',
      'petition.reassigned': 'assigned',
      'case.returned': 'rerouting',
      'case.accepted': 'accepted',
      'case.not-accepted': 'not-accepted',
      'case.replied': 'replied',
      'case.reopened': 'reopened',
      'case.closed': 'closed',
      'feedback.review-requested': 'under-review',
      'feedback.review-decided': 'review-decided',
      'petition.concluded': 'concluded',
      'petition.withdrawn': 'withdrawn',
    });
  });

  it('follow a transfer to another body (转送), and stay as they were through the internal steps of issue 10', () => {
    expect(statusAfterEvent('case.transferred')).toBe('transferred');
    expect(PetitionStatuses.label('transferred', 'zh-CN')).toBe('转送其他机关');
    expect(PetitionStatuses.label('transferred', 'en')).toBe('Transferred to another body');
    for (const type of [
      'case.extension-requested',
      'case.extension-refused',
      'case.assist-opinion-submitted',
      'case.joint-convened',
      'case.coordination-requested',
      'case.completion-reported',
      'petition.leader-instructed',
      'petition.link-undone',
    ]) {
      expect(statusAfterEvent(type)).toBeUndefined();
    }
  });

  it('are left as they were by events that do not change them', () => {
    for (const type of ['petition.triaged', 'petition.instructed', 'case.extended', 'feedback.rated', 'supervision.reminded', 'toString', 'unknown.type']) {
      expect(statusAfterEvent(type)).toBeUndefined();
    }
  });

  it('stay concluded or withdrawn when the unit closes its case a moment later', () => {
    expect(statusAfterEvent('case.closed', 'concluded')).toBeUndefined();
    expect(statusAfterEvent('case.closed', 'withdrawn')).toBeUndefined();
    expect(statusAfterEvent('case.closed', 'replied')).toBe('closed');
    // A leader may still send a concluded case back within the review window.
    expect(statusAfterEvent('case.reopened', 'concluded')).toBe('reopened');
  });

  it('label routing record statuses as the petitioner reads them', () => {
    expect(routingStatusLabel('assigned')).toBe('办理中');
    expect(routingStatusLabel('replied')).toBe('已答复');
    expect(routingStatusLabel('withdrawn', 'en')).toBe('Withdrawn');
  });
});
