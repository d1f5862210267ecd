import type { Principal } from '@sunshine/auth';
import { instructingLeaderId, instructionStep, mayInstruct, queueScope } from './leader-queue';

const secretary: Principal = { subject: 'u-1', roles: ['leader'], leaderId: 'party-secretary' };
const anyLeader: Principal = { subject: 'u-2', roles: ['leader'] };
const jointOffice: Principal = { subject: 'u-3', roles: ['joint-office'] };

describe('the instruction queue of a leader', () => {
  it('shows a named leader their own items and those for any leader; the joint office and an unnamed leader see all', () => {
    expect(queueScope(secretary)).toEqual({ all: false, leaderId: 'party-secretary' });
    expect(queueScope(anyLeader)).toEqual({ all: true });
    expect(queueScope(jointOffice)).toEqual({ all: true });
  });

  it('lets only the leader an item waits for instruct it; anyone instructs an item for any leader', () => {
    expect(mayInstruct(secretary, 'party-secretary')).toBe(true);
    expect(mayInstruct(secretary, 'district-head')).toBe(false);
    expect(mayInstruct(anyLeader, 'district-head')).toBe(false);
    expect(mayInstruct(anyLeader, undefined)).toBe(true);
    expect(mayInstruct(secretary, undefined)).toBe(true);
  });

  it('signs an instruction with the catalogue id, else the token’s subject', () => {
    expect(instructingLeaderId(secretary)).toBe('party-secretary');
    expect(instructingLeaderId(anyLeader)).toBe('u-2');
  });
});

describe('what an instruction means at each stage', () => {
  it('decides an item that waits for an instruction, and needs the decision for it', () => {
    expect(instructionStep('awaiting-instruction', { decision: 'approve' })).toBe('decide');
    expect(instructionStep('awaiting-instruction', {})).toBe('decision-required');
  });

  it('records an instruction on an assigned, replied or closed case, without reassigning it', () => {
    for (const status of ['assigned', 'replied', 'closed'] as const) {
      expect(instructionStep(status, {})).toBe('record');
      expect(instructionStep(status, { decision: 'approve' })).toBe('not-pending');
      expect(instructionStep(status, { leadUnitId: 'tax-bureau' })).toBe('assignment-needs-decision');
    }
  });

  it('refuses a linked, withdrawn or concluded petition', () => {
    for (const status of ['linked', 'withdrawn', 'concluded'] as const) expect(instructionStep(status, {})).toBe('not-open');
  });
});
