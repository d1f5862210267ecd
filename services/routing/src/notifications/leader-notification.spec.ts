import { fixtureOf, type EventEnvelope, type PetitionEscalated } from '@sunshine/contracts';
import { feedItemOf, notificationsOf } from './leader-notification';

const escalation = (payload: Partial<PetitionEscalated> = {}) => {
  const event = fixtureOf('petition.escalated') as unknown as EventEnvelope<'petition.escalated', PetitionEscalated>;
  return { ...event, payload: { ...event.payload, ...payload } };
};

describe('a leader’s notification feed', () => {
  it('makes one row per leader an escalation names, keyed by the event so a redelivery makes no second row', () => {
    const event = escalation({ leaderIds: ['party-secretary', 'district-head', 'party-secretary'] });
    const rows = notificationsOf(event);
    expect(rows.map((r) => r._id)).toEqual([`${event.id}:party-secretary`, `${event.id}:district-head`]);
    expect(notificationsOf(event).map((r) => r._id)).toEqual(rows.map((r) => r._id));
    expect(rows[0]).toMatchObject({ leaderId: 'party-secretary', caseNumber: 'SW-2026-000123', reason: 'urgent', signals: ['wage-arrears', 'holiday-near'], read: false });
    expect(rows[0].at.toISOString()).toBe(event.occurredAt);
  });

  it('makes no row when the escalation names no leader', () => {
    expect(notificationsOf(escalation({ leaderIds: undefined }))).toEqual([]);
  });

  it('shows the reason in zh-CN and English and carries nothing about the petitioner', () => {
    const [row] = notificationsOf(escalation({ reason: 'group', leaderIds: ['district-head'], relatedPetitionIds: ['p-1'] }));
    const item = feedItemOf(row);
    expect(item).toMatchObject({ reason: 'group', reasonLabel: { 'zh-CN': '群体性', en: 'Group' }, relatedPetitionIds: ['p-1'], read: false });
    expect(Object.keys(item).sort()).toEqual(['at', 'caseNumber', 'id', 'petitionId', 'read', 'reason', 'reasonLabel', 'relatedPetitionIds', 'signals']);
  });
});
