import { instructionReasons, type InstructionFacts } from './instruction-policy';

const ordinary: InstructionFacts = { urgent: false, group: false, confidential: false, assistingUnits: 0, confidence: 0.8, ruleRequiresInstruction: false };

describe('the instruction policy', () => {
  it('assigns an ordinary, clearly routed item directly', () => expect(instructionReasons('selective', ordinary, 0.45)).toEqual([]));

  it('stops what a leader must see, saying why', () => {
    expect(instructionReasons('selective', { ...ordinary, urgent: true, assistingUnits: 1 }, 0.45)).toEqual(['urgent', 'multi-unit']);
    expect(instructionReasons('selective', { ...ordinary, confidential: true }, 0.45)).toEqual(['confidential']);
    expect(instructionReasons('selective', { ...ordinary, confidence: 0.3 }, 0.45)).toEqual(['low-confidence']);
    expect(instructionReasons('selective', { ...ordinary, group: true, ruleRequiresInstruction: true }, 0.45)).toEqual(['group', 'rule']);
  });

  it('puts everything, or nothing, to the leaders when configured so', () => {
    expect(instructionReasons('all', ordinary, 0.45)).toEqual(['policy-all']);
    expect(instructionReasons('none', { ...ordinary, urgent: true, confidential: true }, 0.45)).toEqual([]);
  });

  it('always puts a letter to a leader’s own mailbox to that leader, whatever the policy', () => {
    const letter = { ...ordinary, leaderMailbox: true };
    expect(instructionReasons('selective', letter, 0.45)).toEqual(['leader-mailbox']);
    expect(instructionReasons('none', letter, 0.45)).toEqual(['leader-mailbox']);
    expect(instructionReasons('all', letter, 0.45)).toEqual(['leader-mailbox', 'policy-all']);
    expect(instructionReasons('selective', { ...letter, urgent: true }, 0.45)).toEqual(['leader-mailbox', 'urgent']);
  });
});
