/**
 * Which items wait for a leader's reading and instruction (批阅/批示) before they are assigned
 * (MISSION 1.2, 3.2). `all` puts every item to the leaders, `none` assigns everything directly,
 * `selective` (the default) stops what a leader must see: major or urgent matters, group
 * matters, confidential reports, matters for several units, and routing the system is not sure
 * of — the rest are assigned at once.
 */
export type InstructionPolicy = 'selective' | 'all' | 'none';

export type InstructionReason = 'leader-mailbox' | 'policy-all' | 'urgent' | 'group' | 'confidential' | 'multi-unit' | 'low-confidence' | 'rule';

export interface InstructionFacts {
  urgent: boolean;
  group: boolean;
  confidential: boolean;
  assistingUnits: number;
  confidence: number;
  ruleRequiresInstruction: boolean;
  /** Written to a leader's own mailbox (书记信箱, 区长信箱): that leader reads it, whatever the policy. */
  leaderMailbox?: boolean;
}

export function instructionReasons(policy: InstructionPolicy, facts: InstructionFacts, minConfidence: number): InstructionReason[] {
  const mailbox: InstructionReason[] = facts.leaderMailbox ? ['leader-mailbox'] : [];
  if (policy === 'none') return mailbox;
  if (policy === 'all') return [...mailbox, 'policy-all'];
  const reasons: InstructionReason[] = [...mailbox];
  if (facts.urgent) reasons.push('urgent');
  if (facts.group) reasons.push('group');
  if (facts.confidential) reasons.push('confidential');
  if (facts.assistingUnits > 0) reasons.push('multi-unit');
  if (facts.confidence < minConfidence) reasons.push('low-confidence');
  if (facts.ruleRequiresInstruction) reasons.push('rule');
  return reasons;
}
