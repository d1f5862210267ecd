import { createEvent, routingStatusLabel, type DomainEvent, type EventMetadata, type PetitionKind, type PetitionRegistered } from '@sunshine/contracts';
import type { OutboxFields } from '@sunshine/messaging';
import type { CategoryPrediction } from '../classification/category-classifier';
import { isSealedReport, SEALED_REPORT_REASON, sealedProposal, sealingOf } from '../accusations/sealing';
import { triageKind } from '../classification/kind-triage';
import type { UrgencyDecision } from '../classification/urgency-detector';
import type { DuplicateDecision } from '../dedup/duplicate-detector';
import { notAcceptedAgain, type ExhaustedCase } from '../concluded-matters/not-accepted-again';
import type { DeadlineRules } from '../deadlines/statutory-deadlines';
import { instructionReasons, type InstructionPolicy } from '../instructions/instruction-policy';
import type { RuleSet } from '../rules/routing-rules';
import { assignedEvent, assignmentOf } from './assignment';
import type { RoutingPetition } from './routing-petition';
import type { UnitCatalogue } from './unit-catalogue';

/** The case a duplicate would be linked to, as routing recorded it. */
export type OriginalCase = Pick<RoutingPetition, 'status' | 'caseNumber' | 'caseFile'>;

/** What routing knows when a registration arrives (the service gathers it; nothing here reads or writes). */
export interface RegistrationFacts {
  petitionId: string;
  /** The registration event's id: the record's first processed event (a redelivery changes nothing). */
  eventId: string;
  payload: PetitionRegistered;
  now: Date;
  meta: EventMetadata;
  duplicate: Pick<DuplicateDecision, 'relation' | 'linkedTo' | 'similarity' | 'possibleReview' | 'groupEscalation'>;
  /** Routing's record of `duplicate.linkedTo`, when there is one and it is known. */
  original: OriginalCase | null;
  urgency: Pick<UrgencyDecision, 'urgent' | 'signals'>;
  /** Needed only when the petition opens new work (see `linksToOriginal`). */
  routing?: RoutingContext;
  /** The leaders concerned (from the leader catalogue); without them no leader is named. */
  leaders?: LeaderFacts;
  /** The same person's case of this matter whose review chain is exhausted (条例 art. 35), when there is one. */
  exhausted?: Pick<ExhaustedCase, 'petitionId' | 'caseNumber'>;
}

/** Which leaders the petition concerns. */
export interface LeaderFacts {
  /** The leader whose own mailbox the letter came to (书记信箱 → `party-secretary`): it waits for them. */
  mailboxLeaderId?: string;
  /** Who an urgent or group escalation notifies (the configured leaders and any leader in charge). */
  escalationLeaderIds: string[];
}

/** What deciding new work needs: the units, the rules in force and the policies. */
export interface RoutingContext {
  catalogue: UnitCatalogue;
  rules: RuleSet;
  prediction?: Pick<CategoryPrediction, 'category' | 'probability' | 'confident'>;
  instructionPolicy: InstructionPolicy;
  minConfidence: number;
  deadlines: DeadlineRules;
}

/** Routing's record of the petition as it is inserted, without its outbox. */
export type RoutingRecord = Omit<RoutingPetition, keyof OutboxFields>;

export interface RoutingDecision {
  record: RoutingRecord;
  /** In the order they are published. */
  events: DomainEvent[];
}

/**
 * Whether the petition is linked to its original instead of opening new work. A report
 * accusing officials (检举控告) is never merged with an ordinary petition, nor the other way
 * round: they are handled apart, and the reporter must stay out of the other file.
 */
export function linksToOriginal(facts: Pick<RegistrationFacts, 'duplicate' | 'original' | 'payload'>): boolean {
  const { duplicate, original, payload } = facts;
  return Boolean(duplicate.relation !== 'new' && duplicate.linkedTo && (!original || original.caseFile.confidential === isSealedReport(payload)));
}

/**
 * Routing decides at once (第一时间) on every registered petition: an urgent matter is
 * escalated before anything else; a repeat or joint petition is linked to its case instead of
 * opening new work (判重), and a group matter escalated; anything else is triaged (kind,
 * category, urgency), given units by the rules, and either put to a leader for instruction
 * (批示) or assigned at once with the statutory deadlines. Everything decided is one record
 * carrying all its events.
 */
export function decideRegistration(facts: RegistrationFacts): RoutingDecision {
  const { petitionId, payload, now, meta, duplicate, original, urgency } = facts;
  const receivedAt = new Date(payload.receivedAt);
  const events: DomainEvent[] = [];
  const notify = facts.leaders?.escalationLeaderIds.length ? { leaderIds: facts.leaders.escalationLeaderIds } : {};
  const mailboxLeaderId = facts.leaders?.mailboxLeaderId;

  // Urgent matters are reported to the leaders at once, before any other step (MISSION 1.2).
  if (urgency.urgent) {
    events.push(createEvent('petition.escalated', { petitionId }, { caseNumber: payload.caseNumber, reason: 'urgent', signals: urgency.signals, ...notify }, meta));
  }
  if (duplicate.groupEscalation) {
    events.push(
      createEvent(
        'petition.escalated',
        { petitionId },
        {
          caseNumber: payload.caseNumber,
          reason: 'group',
          signals: [`group:${duplicate.groupEscalation.petitioners}-in-${duplicate.groupEscalation.windowDays}-days`],
          relatedPetitionIds: duplicate.groupEscalation.petitionIds,
          ...notify,
        },
        meta,
      ),
    );
  }

  const base = {
    _id: petitionId,
    caseNumber: payload.caseNumber,
    receivedAt,
    ...(payload.petitionerRef ? { petitionerRef: payload.petitionerRef } : {}),
    caseFile: {
      subject: payload.subject,
      text: payload.text,
      channel: payload.channel,
      receivedAt,
      confidential: payload.confidential,
      ...(payload.dueBy ? { dueBy: new Date(payload.dueBy) } : {}),
    },
    returns: [],
    processedEvents: [facts.eventId],
    createdAt: now,
    updatedAt: now,
  };

  // 条例 art. 35: the same person on the same facts after re-review is not accepted again; a registrar sees it.
  if (facts.exhausted) {
    const { fields, event } = notAcceptedAgain(petitionId, payload.caseNumber, facts.exhausted, now, meta);
    events.push(event);
    return { record: { ...base, ...fields }, events };
  }

  if (linksToOriginal(facts) && duplicate.linkedTo) {
    events.push(
      createEvent(
        'petition.duplicate-linked',
        { petitionId },
        {
          caseNumber: payload.caseNumber,
          originalPetitionId: duplicate.linkedTo.petitionId,
          originalCaseNumber: duplicate.linkedTo.caseNumber ?? original?.caseNumber ?? payload.caseNumber,
          relation: duplicate.relation as 'repeat' | 'joint',
          similarity: Math.round(duplicate.similarity * 1000) / 1000,
          possibleReview: duplicate.possibleReview,
          ...(original ? { originalStatus: routingStatusLabel(original.status) } : {}),
          ...(payload.confidential || isSealedReport(payload) ? { confidential: true } : {}),
        },
        meta,
      ),
    );
    return { record: { ...base, status: 'linked', decision: duplicate.relation as 'repeat' | 'joint', linkedTo: duplicate.linkedTo.petitionId }, events };
  }

  if (!facts.routing) throw new Error('deciding new work needs the routing context (catalogue, rules, policies)');
  const { catalogue, rules, prediction, deadlines } = facts.routing;
  // A report (检举控告) is sealed (条例 art. 45): confidential, put to a leader, never proposed to a unit
  // it accuses. The cue words alone do not make a report ("举报违建" is a complaint): the detector must
  // find an official or a unit accused of misconduct, or the box or the channel say so.
  const sealing = sealingOf(payload, catalogue);
  const textKind = triageKind({ subject: payload.subject, text: payload.text }).kind;
  const kind: PetitionKind = sealing.sealed ? 'report' : (payload.kindHint ?? (textKind === 'report' ? 'complaint' : textKind));
  const work = sealing.sealed ? { ...base, sealed: true, accusedUnitIds: sealing.accusedUnitIds, caseFile: { ...base.caseFile, confidential: true } } : base;
  const proposal = sealedProposal(catalogue, rules, {
    subject: payload.subject,
    text: payload.text,
    area: payload.area,
    ...(prediction ? { category: { level1: prediction.category, probability: prediction.probability, confident: prediction.confident } } : {}),
    ...(payload.categoryHint ? { categoryHint: payload.categoryHint.level1 } : {}),
  }, sealing.accusedUnitIds);
  const category = { level1: proposal.category, ...(payload.categoryHint?.level2 ? { level2: payload.categoryHint.level2 } : {}) };
  const reasons: string[] = [...(sealing.sealed ? [SEALED_REPORT_REASON] : []), ...instructionReasons(
    facts.routing.instructionPolicy,
    {
      urgent: urgency.urgent,
      group: Boolean(duplicate.groupEscalation),
      confidential: payload.confidential || sealing.sealed,
      assistingUnits: proposal.assisting.length,
      confidence: proposal.confidence,
      ruleRequiresInstruction: proposal.requireInstruction,
      leaderMailbox: Boolean(mailboxLeaderId),
    },
    facts.routing.minConfidence,
  )];
  const proposedUnits = [proposal.lead.id, ...proposal.assisting.map((u) => u.id)];
  events.push(
    createEvent(
      'petition.triaged',
      { petitionId },
      {
        caseNumber: payload.caseNumber,
        kind,
        category,
        urgency: urgency.urgent ? 'urgent' : 'normal',
        proposedUnits,
        confidence: proposal.confidence,
        ruleVersion: proposal.ruleVersion,
        ...(sealing.sealed ? { sealed: true } : {}),
      },
      meta,
    ),
  );
  const triage = { kind, category: proposal.category, urgency: urgency.urgent ? ('urgent' as const) : ('normal' as const), signals: urgency.signals, confidence: proposal.confidence };
  const proposed = {
    leadUnitId: proposal.lead.id,
    assistingUnitIds: proposal.assisting.map((u) => u.id),
    ...(proposal.ruleId ? { ruleId: proposal.ruleId } : {}),
    ruleVersion: proposal.ruleVersion,
    reasons,
    ...(mailboxLeaderId ? { leaderId: mailboxLeaderId } : {}),
  };
  if (reasons.length) {
    events.push(createEvent('petition.instruction-requested', { petitionId }, { caseNumber: payload.caseNumber, reasons, proposedUnits, ...(mailboxLeaderId ? { leaderId: mailboxLeaderId } : {}) }, meta));
    return { record: { ...work, status: 'awaiting-instruction', decision: 'new', triage, proposal: proposed }, events };
  }
  const assignment = assignmentOf(proposal, receivedAt, now, deadlines, payload.dueBy);
  const record = { ...work, status: 'assigned' as const, decision: 'new' as const, triage, proposal: proposed, assignment };
  events.push(assignedEvent(catalogue, 'petition.assigned', record as unknown as RoutingPetition, meta));
  return { record, events };
}
