import { join } from 'node:path';
import { parseEvent } from '@sunshine/contracts';
import { STATUTORY_DEADLINES } from '../deadlines/statutory-deadlines';
import { assignedEvent, assignmentOf } from './assignment';
import type { RoutingPetition } from './routing-petition';
import { loadUnitCatalogue } from './unit-catalogue';

const catalogue = loadUnitCatalogue(join(__dirname, '../catalogue/units.json'));
const RECEIVED = new Date('2026-11-26T09:15:02.000Z');
const META = { producer: 'routing' as const, correlationId: 'c-1' };
const lead = catalogue.units.find((u) => u.id === 'ecology-environment-bureau')!;

function petition(caseFile: Partial<RoutingPetition['caseFile']> = {}): RoutingPetition {
  const file = { subject: '工地夜间施工噪音扰民', text: '小区东侧的工地夜间施工。', channel: 'web' as const, receivedAt: RECEIVED, confidential: false, ...caseFile };
  const assignment = assignmentOf({ lead, assisting: [], ruleVersion: 'r-1' }, RECEIVED, RECEIVED, STATUTORY_DEADLINES, file.dueBy?.toISOString());
  return {
    _id: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01',
    caseNumber: 'SW-2026-000123',
    receivedAt: RECEIVED,
    status: 'assigned',
    decision: 'new',
    caseFile: file,
    triage: { kind: 'complaint', category: '环境保护', urgency: 'normal', signals: [], confidence: 0.9 },
    assignment,
    returns: [],
    createdAt: RECEIVED,
  } as unknown as RoutingPetition;
}

describe('the case file handed to a unit', () => {
  it('carries an upper-level office’s own date (dueBy) in petition.assigned and petition.reassigned, and the deadlines it shortened', () => {
    const dueBy = new Date('2026-12-20T09:00:00.000Z');
    const doc = petition({ channel: 'upper-level', dueBy });
    const assigned = assignedEvent(catalogue, 'petition.assigned', doc, META);
    expect(assigned.payload).toMatchObject({ dueBy: dueBy.toISOString(), handleBy: dueBy.toISOString() });
    expect(parseEvent(assigned).ok).toBe(true);
    const reassigned = assignedEvent(catalogue, 'petition.reassigned', doc, META, { previousUnitId: 'town-jiayang', reason: '改派' });
    expect(reassigned.payload).toMatchObject({ dueBy: dueBy.toISOString() });
    expect(parseEvent(reassigned).ok).toBe(true);
  });

  it('has no dueBy when no office set one', () => {
    const assigned = assignedEvent(catalogue, 'petition.assigned', petition(), META);
    expect(assigned.payload).not.toHaveProperty('dueBy');
    expect(parseEvent(assigned).ok).toBe(true);
  });
});
