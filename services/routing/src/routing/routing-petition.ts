import type { Channel, PetitionKind, Urgency } from '@sunshine/contracts';
import type { InboxFields, OutboxFields } from '@sunshine/messaging';
import type { NotAcceptedAgain } from '../concluded-matters/not-accepted-again';
import type { StoredPetitionSignature } from '../dedup/petition-signature';

/** Where a petition stands, as far as routing needs to know. */
export type RoutingStatus = 'awaiting-instruction' | 'assigned' | 'linked' | 'not-accepted-again' | 'replied' | 'closed' | 'concluded' | 'withdrawn';

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
  /** `leaderId`: the leader whose queue the item waits in (a letter to their mailbox); absent: any leader. */
  proposal?: { leadUnitId: string; assistingUnitIds: string[]; ruleId?: string; ruleVersion: string; reasons: string[]; leaderId?: string };
  assignment?: Assignment;
  /** A report (检举控告) sealed by routing (条例 art. 45): confidential, never given to an accused unit. */
  sealed?: boolean;
  /** The units a sealed report accuses (or whose officials it accuses). */
  accusedUnitIds?: string[];
  /** A wrong duplicate link a registrar undid (the petition was routed afresh). */
  linkUndone?: { originalPetitionId: string; by: string; reason: string; at: Date };
  /** 条例 art. 35: a repeat of a matter whose review chain is exhausted, not accepted again (a registrar's list). */
  notAcceptedAgain?: NotAcceptedAgain;
  instruction?: { leaderId: string; decision: string; instruction: string; at: Date };
  /** Leaders' instructions on the case after it was assigned (批示 at any stage), oldest first. */
  leaderInstructions?: { leaderId: string; instruction: string; at: Date; eventId: string }[];
  returns: { unitId: string; reason: string; at: Date; suggestedUnitId?: string }[];
  /** The duplicate index's record of this petition (the index is rebuilt from these at start). */
  dedup?: StoredPetitionSignature;
  repliedAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}
