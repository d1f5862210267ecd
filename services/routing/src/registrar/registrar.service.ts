import { Injectable } from '@nestjs/common';
import type { Principal } from '@sunshine/auth';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { detectUrgency } from '../classification/urgency-detector';
import { RoutingIntelligence } from '../intelligence/routing-intelligence.provider';
import { LeaderCatalogueProvider } from '../leaders/leader-catalogue.provider';
import type { RoutingPetition } from '../routing/routing-petition';
import { RoutingPetitionRepository } from '../routing/routing-petition.repository';
import { RoutingPolicy } from '../routing/routing-policy.provider';
import { UnitCatalogueProvider } from '../routing/unit-catalogue.provider';
import { RoutingRulesRepository } from '../rules/routing-rules.repository';
import type { RegistrarPetitionResponseDto, UndoLinkResponseDto } from './dto/registrar.response.dto';
import { PetitionNotLinked, RegistrarPetitionNotFound } from './registrar.errors';
import { RoutingAuditRepository } from './routing-audit.repository';
import { undoLink } from './undo-link';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * The registrar's tools on routing: find a petition by its case number, and undo a duplicate
 * link made by mistake — audited, the duplicate index forgets the link, and the petition is
 * routed afresh in the same write as the `petition.link-undone` event.
 */
@Injectable()
export class RegistrarService {
  constructor(
    private readonly petitions: RoutingPetitionRepository,
    private readonly audit: RoutingAuditRepository,
    private readonly units: UnitCatalogueProvider,
    private readonly rules: RoutingRulesRepository,
    private readonly policy: RoutingPolicy,
    private readonly intelligence: RoutingIntelligence,
    private readonly leaders: LeaderCatalogueProvider,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
  ) {}

  async findByCaseNumber(caseNumber: string): Promise<RegistrarPetitionResponseDto> {
    const doc = await this.petitions.findByCaseNumber(caseNumber);
    if (!doc) throw new RegistrarPetitionNotFound();
    const original = doc.linkedTo ? await this.petitions.findOriginal(doc.linkedTo) : null;
    return {
      petitionId: doc._id,
      caseNumber: doc.caseNumber,
      status: doc.status,
      decision: doc.decision,
      receivedAt: iso(doc.receivedAt),
      channel: doc.caseFile.channel,
      subject: doc.caseFile.subject,
      confidential: doc.caseFile.confidential || Boolean(doc.sealed),
      ...(doc.linkedTo ? { linkedTo: { petitionId: doc.linkedTo, ...(original ? { caseNumber: original.caseNumber } : {}) } } : {}),
      ...(doc.triage ? { triage: { kind: doc.triage.kind, category: doc.triage.category, urgency: doc.triage.urgency, confidence: doc.triage.confidence } } : {}),
      ...(doc.proposal ? { proposal: { leadUnitId: doc.proposal.leadUnitId, assistingUnitIds: doc.proposal.assistingUnitIds, reasons: doc.proposal.reasons } } : {}),
      ...(doc.assignment ? { assignment: assignmentView(doc.assignment) } : {}),
      ...(doc.linkUndone ? { linkUndone: { ...doc.linkUndone, at: iso(doc.linkUndone.at) } } : {}),
    };
  }

  async undoLink(registrar: Principal, petitionId: string, reason: string): Promise<UndoLinkResponseDto> {
    const doc = await this.petitions.findById(petitionId);
    if (!doc) throw new RegistrarPetitionNotFound();
    if (doc.status !== 'linked') throw new PetitionNotLinked();
    const now = this.clock.now();
    const prediction = this.intelligence.classifier?.predict({ subject: doc.caseFile.subject, text: doc.caseFile.text });
    const { deadlines, instructionPolicy, minConfidence } = this.policy;
    const mailboxLeaderId = this.leaders.mailboxLeader(doc.caseFile.channel);
    const decision = undoLink(doc, {
      undoneBy: registrar.subject,
      reason,
      now,
      meta: this.messaging.eventMeta(now),
      urgency: detectUrgency({ subject: doc.caseFile.subject, text: doc.caseFile.text, receivedAt: new Date(doc.caseFile.receivedAt) }),
      routing: { catalogue: this.units.catalogue, rules: await this.rules.active(), ...(prediction ? { prediction } : {}), deadlines, instructionPolicy, minConfidence },
      leaders: { escalationLeaderIds: [], ...(mailboxLeaderId ? { mailboxLeaderId } : {}) },
    });
    const result = await this.petitions.update(petitionId, { status: 'linked', linkedTo: doc.linkedTo }, decision.set, decision.events);
    if (result !== 'applied') throw new PetitionNotLinked();
    this.intelligence.detector.unlink(petitionId);
    const undone = decision.events[0];
    await this.audit.record({
      _id: undone.id,
      action: 'undo-link',
      petitionId,
      caseNumber: doc.caseNumber,
      originalPetitionId: decision.originalPetitionId,
      by: registrar.subject,
      roles: registrar.roles,
      reason,
      at: now,
    });
    return { petitionId, caseNumber: doc.caseNumber, status: decision.set.status as string, originalPetitionId: decision.originalPetitionId, undoneAt: now.toISOString() };
  }
}

function assignmentView(a: NonNullable<RoutingPetition['assignment']>) {
  return {
    leadUnitId: a.leadUnitId,
    assistingUnitIds: a.assistingUnitIds,
    ...(a.leaderInCharge ? { leaderInCharge: a.leaderInCharge } : {}),
    ...(a.instruction ? { instruction: a.instruction } : {}),
    acceptBy: iso(a.acceptBy),
    handleBy: iso(a.handleBy),
    returnBy: iso(a.returnBy),
    at: iso(a.at),
    ruleVersion: a.ruleVersion,
  };
}
