import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureOf, type PetitionRegistered } from '@sunshine/contracts';
import type { RuleSet } from '../rules/routing-rules';
import { decideRegistration, linksToOriginal, type RegistrationFacts } from './route-decision';
import { loadUnitCatalogue } from './unit-catalogue';

const catalogue = loadUnitCatalogue(join(__dirname, '../catalogue/units.json'));
const rules = JSON.parse(readFileSync(join(__dirname, '../catalogue/routing-rules.json'), 'utf8')) as RuleSet;
const now = new Date('2026-11-26T09:15:05.000Z');
const petitionId = '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01';

function facts(payload: Partial<PetitionRegistered>, policy: 'selective' | 'none' = 'none'): RegistrationFacts {
  return {
    petitionId,
    eventId: '0193a1f2-1b59-7abc-8def-012345678901',
    payload: { ...fixtureOf('petition.registered').payload, receivedAt: '2026-11-26T09:15:02.000Z', area: undefined, confidential: false, ...payload } as PetitionRegistered,
    now,
    meta: { producer: 'routing', correlationId: 'c-1', causationId: null, occurredAt: now },
    duplicate: { relation: 'new', similarity: 0, possibleReview: false },
    original: null,
    urgency: { urgent: false, signals: [] },
    routing: { catalogue, rules, instructionPolicy: policy, minConfidence: 0.45, deadlines: { acceptDays: 15, handleDays: 60, returnWorkingDays: 5, timeZone: 'Asia/Shanghai' } },
  };
}

const report = { subject: '举报城管局执法人员', text: '城管局的某队长在占道摆摊检查时向摊主索要好处费，不给就没收三轮车。' };

describe('routing’s decision on a report (检举控告, sealed)', () => {
  it('seals a report nobody ticked as confidential: kind report, sealed, waits for a leader whatever the policy', () => {
    const { record, events } = decideRegistration(facts(report, 'none'));
    expect(events.map((e) => e.type)).toEqual(['petition.triaged', 'petition.instruction-requested']);
    expect(events[0].payload).toMatchObject({ kind: 'report', sealed: true });
    expect(events[1].payload).toMatchObject({ reasons: ['sealed-report'] });
    expect(decideRegistration(facts(report, 'selective')).events[1].payload).toMatchObject({ reasons: expect.arrayContaining(['sealed-report', 'confidential']) });
    expect(record).toMatchObject({ status: 'awaiting-instruction', sealed: true, accusedUnitIds: ['law-enforcement-bureau'], caseFile: { confidential: true } });
  });

  it('never proposes the accused unit: its lead gives way to the discipline body', () => {
    const { record, events } = decideRegistration(facts(report));
    expect((events[0].payload as { proposedUnits: string[] }).proposedUnits).not.toContain('law-enforcement-bureau');
    expect(record.proposal).toMatchObject({ leadUnitId: 'discipline-commission' });
    expect(record.proposal!.assistingUnitIds).not.toContain('law-enforcement-bureau');
  });

  it('keeps the rules’ choice when it is not accused (corruption reports go to the joint office)', () => {
    const { record } = decideRegistration(facts({ subject: '举报', text: '区教育局某科长受贿，违规招录亲属。' }));
    expect(record).toMatchObject({ accusedUnitIds: ['education-bureau'], proposal: { leadUnitId: 'joint-petition-office' } });
  });

  it('reads a 举报 of a shop as a complaint, neither sealed nor a report', () => {
    const { record, events } = decideRegistration(facts({ subject: '举报烧烤店', text: '举报小区楼下烧烤店油烟扰民，请城管处理。' }));
    expect(events[0].payload).toMatchObject({ kind: 'complaint' });
    expect(events[0].payload).not.toHaveProperty('sealed');
    expect(record).not.toHaveProperty('accusedUnitIds');
    expect(record.status).toBe('assigned');
  });

  it('never links a report found by the detector to an ordinary case', () => {
    const original = { status: 'assigned' as const, caseNumber: 'SW-2026-000100', caseFile: { subject: '占道', text: '占道摆摊', channel: 'web' as const, receivedAt: now, confidential: false } };
    const linked = { ...facts(report), duplicate: { relation: 'repeat' as const, similarity: 0.9, possibleReview: false, linkedTo: { petitionId: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b00', caseNumber: 'SW-2026-000100' } }, original };
    expect(linksToOriginal(linked)).toBe(false);
  });
});
