import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureOf, type PetitionRegistered } from '@sunshine/contracts';
import type { DeadlineRules } from '../deadlines/statutory-deadlines';
import type { RuleSet } from '../rules/routing-rules';
import { decideRegistration, linksToOriginal, type OriginalCase, type RegistrationFacts, type RoutingContext } from './route-decision';
import { loadUnitCatalogue } from './unit-catalogue';

const DAY = 86_400_000;
const catalogue = loadUnitCatalogue(join(__dirname, '../catalogue/units.json'));
const rules = JSON.parse(readFileSync(join(__dirname, '../catalogue/routing-rules.json'), 'utf8')) as RuleSet;
const deadlines: DeadlineRules = { acceptDays: 15, handleDays: 60, returnWorkingDays: 5, timeZone: 'Asia/Shanghai' };
const now = new Date('2026-11-26T09:15:05.000Z');
const receivedAt = '2026-11-26T09:15:02.000Z';
const petitionId = '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01';
const originalId = '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b00';

const context = (overrides: Partial<RoutingContext> = {}): RoutingContext => ({
  catalogue,
  rules,
  instructionPolicy: 'selective',
  minConfidence: 0.45,
  deadlines,
  ...overrides,
});

const educationPrediction = { category: '教育文体', probability: 0.9, confident: true };

function facts(overrides: Partial<Omit<RegistrationFacts, 'payload'>> & { payload?: Partial<PetitionRegistered> } = {}): RegistrationFacts {
  const { payload, ...rest } = overrides;
  return {
    petitionId,
    eventId: '0193a1f2-1b59-7abc-8def-012345678901',
    payload: {
      ...fixtureOf('petition.registered').payload,
      subject: '孩子上学难',
      text: '小区附近小学学位紧张，孩子无法就近入学，希望教育部门统筹解决入学问题。',
      receivedAt,
      area: undefined,
      ...payload,
    } as PetitionRegistered,
    now,
    meta: { producer: 'routing', correlationId: 'c-1', causationId: '0193a1f2-1b59-7abc-8def-012345678901', occurredAt: now },
    duplicate: { relation: 'new', similarity: 0, possibleReview: false },
    original: null,
    urgency: { urgent: false, signals: [] },
    routing: context({ prediction: educationPrediction }),
    ...rest,
  };
}

const openOriginal = (confidential = false): OriginalCase => ({
  status: 'assigned',
  caseNumber: 'SW-2026-000100',
  caseFile: { subject: '滨河路路灯坏了', text: '滨河路路灯坏了三个月。', channel: 'web', receivedAt: new Date('2026-11-01T02:00:00.000Z'), confidential },
});

describe('routing’s decision on a registered petition', () => {
  it('escalates an urgent matter before anything else and puts it to a leader', () => {
    const { record, events } = decideRegistration(facts({ urgency: { urgent: true, signals: ['self-harm'] } }));
    expect(events.map((e) => e.type)).toEqual(['petition.escalated', 'petition.triaged', 'petition.instruction-requested']);
    expect(events[0].payload).toEqual({ caseNumber: 'SW-2026-000123', reason: 'urgent', signals: ['self-harm'] });
    expect(events[1].payload).toMatchObject({ urgency: 'urgent' });
    expect(events[2].payload).toMatchObject({ reasons: ['urgent'] });
    expect(record).toMatchObject({ status: 'awaiting-instruction', decision: 'new', triage: { urgency: 'urgent', signals: ['self-harm'] } });
    expect(record.assignment).toBeUndefined();
  });

  it('escalates a group matter with the petitions that make it one, after an urgent escalation', () => {
    const related = ['p-1', 'p-2', 'p-3', 'p-4', petitionId];
    const { events } = decideRegistration(
      facts({
        urgency: { urgent: true, signals: ['gathering'] },
        duplicate: { relation: 'new', similarity: 0, possibleReview: false, groupEscalation: { petitioners: 5, windowDays: 7, petitionIds: related } },
      }),
    );
    expect(events.map((e) => e.type)).toEqual(['petition.escalated', 'petition.escalated', 'petition.triaged', 'petition.instruction-requested']);
    expect(events[0].payload).toMatchObject({ reason: 'urgent' });
    expect(events[1].payload).toEqual({ caseNumber: 'SW-2026-000123', reason: 'group', signals: ['group:5-in-7-days'], relatedPetitionIds: related });
    expect(events[3].payload).toMatchObject({ reasons: ['urgent', 'group'] });
  });

  it('links a repeat to the open original, with its status, and opens no new work', () => {
    const input = facts({
      duplicate: { relation: 'repeat', linkedTo: { petitionId: originalId, caseNumber: 'SW-2026-000100' }, similarity: 0.87654, possibleReview: false },
      original: openOriginal(),
      routing: undefined,
    });
    expect(linksToOriginal(input)).toBe(true);
    const { record, events } = decideRegistration(input);
    expect(events.map((e) => e.type)).toEqual(['petition.duplicate-linked']);
    expect(events[0].payload).toEqual({
      caseNumber: 'SW-2026-000123',
      originalPetitionId: originalId,
      originalCaseNumber: 'SW-2026-000100',
      relation: 'repeat',
      similarity: 0.877,
      possibleReview: false,
      originalStatus: '办理中',
    });
    expect(record).toMatchObject({ _id: petitionId, status: 'linked', decision: 'repeat', linkedTo: originalId, processedEvents: ['0193a1f2-1b59-7abc-8def-012345678901'] });
    expect(record.triage).toBeUndefined();
  });

  it('links a joint petition whose original routing has no record of, naming the case the index knows', () => {
    const { record, events } = decideRegistration(
      facts({ duplicate: { relation: 'joint', linkedTo: { petitionId: originalId, caseNumber: 'SW-2026-000099' }, similarity: 0.7, possibleReview: true }, routing: undefined }),
    );
    expect(events[0].payload).toEqual({
      caseNumber: 'SW-2026-000123',
      originalPetitionId: originalId,
      originalCaseNumber: 'SW-2026-000099',
      relation: 'joint',
      similarity: 0.7,
      possibleReview: true,
    });
    expect(record).toMatchObject({ status: 'linked', decision: 'joint' });
  });

  it('never links a confidential report to an ordinary petition: it is triaged as a report and put to a leader', () => {
    const input = facts({
      payload: { confidential: true, subject: '举报', text: '举报某站所负责人收受好处费。' },
      duplicate: { relation: 'repeat', linkedTo: { petitionId: originalId, caseNumber: 'SW-2026-000100' }, similarity: 0.9, possibleReview: false },
      original: openOriginal(false),
      routing: context(),
    });
    expect(linksToOriginal(input)).toBe(false);
    const { record, events } = decideRegistration(input);
    expect(events.map((e) => e.type)).toEqual(['petition.triaged', 'petition.instruction-requested']);
    expect(events[0].payload).toMatchObject({ kind: 'report' });
    expect(events[1].payload).toMatchObject({ reasons: expect.arrayContaining(['confidential']) });
    expect(record).toMatchObject({ status: 'awaiting-instruction', decision: 'new', triage: { kind: 'report' }, caseFile: { confidential: true } });
  });

  it('never links an ordinary petition to a confidential report either', () => {
    const input = facts({
      duplicate: { relation: 'repeat', linkedTo: { petitionId: originalId }, similarity: 0.9, possibleReview: false },
      original: openOriginal(true),
    });
    expect(linksToOriginal(input)).toBe(false);
    expect(decideRegistration(input).record.status).toBe('assigned');
  });

  it('assigns a clearly routed ordinary petition at once, with the statutory deadlines', () => {
    const { record, events } = decideRegistration(facts());
    expect(events.map((e) => e.type)).toEqual(['petition.triaged', 'petition.assigned']);
    expect(events[0].payload).toMatchObject({ kind: expect.any(String), category: { level1: '教育文体' }, urgency: 'normal', proposedUnits: ['education-bureau'], ruleVersion: 'default' });
    const acceptBy = new Date(Date.parse(receivedAt) + 15 * DAY);
    const handleBy = new Date(acceptBy.getTime() + 60 * DAY);
    expect(events[1].payload).toMatchObject({
      leadUnitId: 'education-bureau',
      leadUnitName: '区教育局',
      assistingUnitIds: [],
      acceptBy: acceptBy.toISOString(),
      handleBy: handleBy.toISOString(),
      // Five working days after 26 Nov 2026 (a Thursday): the end of Thursday 3 Dec, Beijing time.
      returnBy: '2026-12-03T15:59:59.999Z',
      receivedAt,
      ruleVersion: 'default',
    });
    expect(record).toMatchObject({ status: 'assigned', decision: 'new', assignment: { leadUnitId: 'education-bureau', acceptBy, handleBy, at: now, ruleVersion: 'default' } });
    expect(record.proposal).toEqual({ leadUnitId: 'education-bureau', assistingUnitIds: [], ruleVersion: 'default', reasons: [] });
  });

  it('puts a matter for several units to a leader instead of assigning it', () => {
    const { record, events } = decideRegistration(facts({ payload: { subject: '工地夜间施工噪音', text: '隔壁工地天天夜间施工到凌晨两点，噪音太大。' }, routing: context() }));
    expect(events.map((e) => e.type)).toEqual(['petition.triaged', 'petition.instruction-requested']);
    expect(events[1].payload).toEqual({ caseNumber: 'SW-2026-000123', reasons: ['multi-unit'], proposedUnits: ['law-enforcement-bureau', 'ecology-environment-bureau'] });
    expect(record).toMatchObject({
      status: 'awaiting-instruction',
      proposal: { leadUnitId: 'law-enforcement-bureau', assistingUnitIds: ['ecology-environment-bureau'], ruleId: 'night-construction-noise', reasons: ['multi-unit'] },
    });
    expect(record.assignment).toBeUndefined();
  });

  it('keeps an upper-level office’s earlier handle-by date', () => {
    const dueBy = '2026-12-20T00:00:00.000Z';
    const { record, events } = decideRegistration(facts({ payload: { dueBy } }));
    expect(events[1].payload).toMatchObject({ acceptBy: new Date(Date.parse(receivedAt) + 15 * DAY).toISOString(), handleBy: dueBy });
    expect(record.caseFile.dueBy).toEqual(new Date(dueBy));
    expect(record.assignment?.handleBy).toEqual(new Date(dueBy));
  });

  it('keeps the channel’s second-level category beside the first-level one it chose', () => {
    const { events } = decideRegistration(facts({ payload: { categoryHint: { level1: '教育文体', level2: '学前教育' } } }));
    expect(events[0].payload).toMatchObject({ category: { level1: '教育文体', level2: '学前教育' } });
  });

  it('refuses to decide new work without the routing context', () => {
    expect(() => decideRegistration(facts({ routing: undefined }))).toThrow('routing context');
  });
});
