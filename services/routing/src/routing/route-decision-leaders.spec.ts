import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureOf, parseEvent, type PetitionRegistered } from '@sunshine/contracts';
import type { RuleSet } from '../rules/routing-rules';
import { decideRegistration, type RegistrationFacts } from './route-decision';
import { loadUnitCatalogue } from './unit-catalogue';

// The leaders in routing's decision: whose queue a mailbox letter waits in, who an escalation notifies.
const catalogue = loadUnitCatalogue(join(__dirname, '../catalogue/units.json'));
const rules = JSON.parse(readFileSync(join(__dirname, '../catalogue/routing-rules.json'), 'utf8')) as RuleSet;
const now = new Date('2026-11-26T09:15:05.000Z');
const petitionId = '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01';

function facts(overrides: Partial<Omit<RegistrationFacts, 'payload'>> & { payload?: Partial<PetitionRegistered> } = {}): RegistrationFacts {
  const { payload, ...rest } = overrides;
  return {
    petitionId,
    eventId: '0193a1f2-1b59-7abc-8def-012345678901',
    payload: {
      ...fixtureOf('petition.registered').payload,
      subject: '孩子上学难',
      text: '小区附近小学学位紧张，孩子无法就近入学，希望教育部门统筹解决入学问题。',
      receivedAt: '2026-11-26T09:15:02.000Z',
      area: undefined,
      ...payload,
    } as PetitionRegistered,
    now,
    meta: { producer: 'routing', correlationId: 'c-1', causationId: null, occurredAt: now },
    duplicate: { relation: 'new', similarity: 0, possibleReview: false },
    original: null,
    urgency: { urgent: false, signals: [] },
    routing: {
      catalogue,
      rules,
      instructionPolicy: 'none',
      minConfidence: 0.45,
      deadlines: { acceptDays: 15, handleDays: 60, returnWorkingDays: 5, timeZone: 'Asia/Shanghai' },
      prediction: { category: '教育文体', probability: 0.9, confident: true },
    },
    ...rest,
  };
}

const asEvent = (e: { type: string; payload: unknown }) => parseEvent(JSON.parse(JSON.stringify(e)));

describe('routing’s decision: the leaders concerned', () => {
  it('puts a letter to the Secretary’s mailbox in the Party secretary’s queue even when the policy assigns everything directly', () => {
    const { record, events } = decideRegistration(
      facts({ payload: { channel: 'secretary-mailbox' }, leaders: { mailboxLeaderId: 'party-secretary', escalationLeaderIds: ['party-secretary', 'district-head'] } }),
    );
    expect(events.map((e) => e.type)).toEqual(['petition.triaged', 'petition.instruction-requested']);
    expect(events[1].payload).toMatchObject({ reasons: ['leader-mailbox'], leaderId: 'party-secretary' });
    expect(asEvent(events[1]).ok).toBe(true);
    expect(record).toMatchObject({ status: 'awaiting-instruction', proposal: { leaderId: 'party-secretary', reasons: ['leader-mailbox'] } });
  });

  it('assigns an ordinary letter directly and names no leader on it', () => {
    const { record, events } = decideRegistration(facts({ leaders: { escalationLeaderIds: ['party-secretary', 'district-head'] } }));
    expect(events.map((e) => e.type)).toEqual(['petition.triaged', 'petition.assigned']);
    expect(record.proposal).not.toHaveProperty('leaderId');
  });

  it('names the leaders an urgent and a group escalation notify', () => {
    const { events } = decideRegistration(
      facts({
        urgency: { urgent: true, signals: ['gathering'] },
        duplicate: { relation: 'new', similarity: 0, possibleReview: false, groupEscalation: { petitioners: 5, windowDays: 7, petitionIds: ['p-1', petitionId] } },
        leaders: { escalationLeaderIds: ['party-secretary', 'district-head', 'leader-deputy-head-1'] },
      }),
    );
    const escalations = events.filter((e) => e.type === 'petition.escalated');
    expect(escalations.map((e) => e.payload)).toEqual([
      expect.objectContaining({ reason: 'urgent', leaderIds: ['party-secretary', 'district-head', 'leader-deputy-head-1'] }),
      expect.objectContaining({ reason: 'group', leaderIds: ['party-secretary', 'district-head', 'leader-deputy-head-1'] }),
    ]);
    expect(escalations.every((e) => asEvent(e).ok)).toBe(true);
  });

  it('leaves leaderIds out when no leader is configured', () => {
    const { events } = decideRegistration(facts({ urgency: { urgent: true, signals: ['self-harm'] }, leaders: { escalationLeaderIds: [] } }));
    expect(events[0].payload).toEqual({ caseNumber: 'SW-2026-000123', reason: 'urgent', signals: ['self-harm'] });
  });
});
