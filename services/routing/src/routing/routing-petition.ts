import type { Channel, PetitionKind, Urgency } from '@sunshine/contracts';
import type { InboxFields, OutboxFields } from '@sunshine/messaging';
import type { StoredPetitionSignature } from '../dedup/petition-signature';

/** Where a petition stands, as far as routing needs to know. */
export type RoutingStatus = 'awaiting-instruction' | 'assigned' | 'linked' | 'replied' | 'closed' | 'concluded' | 'withdrawn';

/** What a unit will receive (the redacted text; never the petitioner's identity). */
export interface CaseFile {
  subject: string;
  text: string;
  channel: Channel;
  receivedAt: Date;
  confidential: boolean;
  dueBy?: Date;
}

export interface Assignment {
  leadUnitId: string;
  assistingUnitIds: string[];
  leaderInCharge?: string;
  instruction?: string;
  acceptBy: Date;
  handleBy: Date;
  returnBy: Date;
  at: Date;
  ruleVersion: string;
}

/** Routing's record of a petition: the decision, the proposal, the assignment and its history. */
export interface RoutingPetition extends OutboxFields, InboxFields {
  _id: string;
  caseNumber: string;
  receivedAt: Date;
  petitionerRef?: string;
  status: RoutingStatus;
  decision: 'new' | 'repeat' | 'joint';
  linkedTo?: string;
  caseFile: CaseFile;
  triage?: { kind: PetitionKind; category: string; urgency: Urgency; signals: string[]; confidence: number };
  proposal?: { leadUnitId: string; assistingUnitIds: string[]; ruleId?: string; ruleVersion: string; reasons: string[] };
  assignment?: Assignment;
  instruction?: { leaderId: string; decision: string; instruction: string; at: Date };
  returns: { unitId: string; reason: string; at: Date; suggestedUnitId?: string }[];
  /** The duplicate index's record of this petition (the index is rebuilt from these at start). */
  dedup?: StoredPetitionSignature;
  repliedAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}
