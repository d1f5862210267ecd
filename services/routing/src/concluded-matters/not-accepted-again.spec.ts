import { fixtureOf, NOT_ACCEPTED_AGAIN_BASIS, parseEvent, type PetitionRegistered } from '@sunshine/contracts';
import { decideRegistration, type RegistrationFacts } from '../routing/route-decision';
import { exhaustedCaseFor, samePetitioner, type ExhaustedCase } from './not-accepted-again';

const now = new Date('2027-03-02T09:00:00.000Z');
const petitionId = '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b31';
const key = (c: string) => c.repeat(43);

const exhausted = (overrides: Partial<ExhaustedCase> = {}): ExhaustedCase => ({
  petitionId: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b00',
  caseNumber: 'SW-2026-000123',
  identity: { phone: key('a') },
  petitionerRef: key('a'),
  concludedAt: new Date('2027-02-20T00:00:00.000Z'),
  ...overrides,
});

function facts(overrides: Partial<RegistrationFacts> = {}): RegistrationFacts {
  return {
    petitionId,
    eventId: '0193a1f2-1b59-7abc-8def-012345678931',
    payload: { ...fixtureOf('petition.registered').payload, caseNumber: 'SW-2027-000031', receivedAt: now.toISOString() } as PetitionRegistered,
    now,
    meta: { producer: 'routing', correlationId: 'c-1', causationId: '0193a1f2-1b59-7abc-8def-012345678931', occurredAt: now },
    duplicate: { relation: 'repeat', linkedTo: { petitionId: exhausted().petitionId, caseNumber: 'SW-2026-000123' }, similarity: 0.8, possibleReview: false },
    original: null,
    urgency: { urgent: false, signals: [] },
    ...overrides,
  };
}

describe('not accepted again (信访工作条例 art. 35)', () => {
  it('recognises the same person by reference or a strong key, by name and address only when neither has a strong key', () => {
    expect(samePetitioner({ petitionerRef: key('a'), identity: {} }, { petitionerRef: key('a'), identity: {} })).toBe(true);
    expect(samePetitioner({ identity: { phone: key('p'), idNumber: key('i') } }, { identity: { idNumber: key('i') } })).toBe(true);
    expect(samePetitioner({ identity: { phone: key('p') } }, { identity: { phone: key('q') } })).toBe(false);
    expect(samePetitioner({ identity: { nameAddress: key('n') } }, { identity: { nameAddress: key('n') } })).toBe(true);
    expect(samePetitioner({ identity: { phone: key('p'), nameAddress: key('n') } }, { identity: { phone: key('q'), nameAddress: key('n') } })).toBe(false);
    expect(samePetitioner({ identity: {} }, { identity: {} })).toBe(false);
  });

  it('finds the exhausted case only for a repeat by the same person, the latest when there are several', () => {
    const earlier = exhausted({ caseNumber: 'SW-2026-000100', concludedAt: new Date('2026-12-01T00:00:00.000Z') });
    const latest = exhausted();
    const other = exhausted({ caseNumber: 'SW-2026-000200', identity: { phone: key('b') }, petitionerRef: key('b') });
    const matter = { cases: [earlier, other, latest] };
    expect(exhaustedCaseFor({ relation: 'repeat' }, matter, { petitionerRef: key('a'), identity: { phone: key('a') } })?.caseNumber).toBe('SW-2026-000123');
    expect(exhaustedCaseFor({ relation: 'repeat' }, matter, { identity: { phone: key('b') } })?.caseNumber).toBe('SW-2026-000200');
    // Another person on the same matter is not bound by someone else's review chain.
    expect(exhaustedCaseFor({ relation: 'repeat' }, matter, { identity: { phone: key('c') } })).toBeUndefined();
    expect(exhaustedCaseFor({ relation: 'joint' }, matter, { identity: { phone: key('a') } })).toBeUndefined();
    expect(exhaustedCaseFor({ relation: 'new' }, matter, { identity: { phone: key('a') } })).toBeUndefined();
    expect(exhaustedCaseFor({ relation: 'repeat' }, null, { identity: { phone: key('a') } })).toBeUndefined();
  });

  it('sends such a petition to no unit: no triage, no assignment, one petition.not-accepted-again with the legal basis', () => {
    const { record, events } = decideRegistration(facts({ exhausted: { petitionId: exhausted().petitionId, caseNumber: 'SW-2026-000123' } }));
    expect(events.map((e) => e.type)).toEqual(['petition.not-accepted-again']);
    expect(events[0].payload).toEqual({
      caseNumber: 'SW-2027-000031',
      originalPetitionId: exhausted().petitionId,
      originalCaseNumber: 'SW-2026-000123',
      legalBasis: NOT_ACCEPTED_AGAIN_BASIS['zh-CN'],
      decidedAt: now.toISOString(),
    });
    expect(parseEvent(JSON.parse(JSON.stringify(events[0]))).ok).toBe(true);
    expect(record).toMatchObject({ status: 'not-accepted-again', decision: 'repeat', linkedTo: exhausted().petitionId, notAcceptedAgain: { originalCaseNumber: 'SW-2026-000123', decidedAt: now } });
    expect(record.assignment).toBeUndefined();
    expect(record.triage).toBeUndefined();
    expect(NOT_ACCEPTED_AGAIN_BASIS['zh-CN']).toContain('第三十五条');
  });

  it('still reports an urgent matter to the leaders first', () => {
    const { events } = decideRegistration(facts({ urgency: { urgent: true, signals: ['self-harm'] }, exhausted: { petitionId: exhausted().petitionId, caseNumber: 'SW-2026-000123' } }));
    expect(events.map((e) => e.type)).toEqual(['petition.escalated', 'petition.not-accepted-again']);
  });

  it('links a repeat as before when the matter is not exhausted', () => {
    const { record, events } = decideRegistration(facts());
    expect(events.map((e) => e.type)).toEqual(['petition.duplicate-linked']);
    expect(record.status).toBe('linked');
  });
});
