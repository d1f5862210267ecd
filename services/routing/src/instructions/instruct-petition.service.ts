import { Injectable } from '@nestjs/common';
import { createEvent } from '@sunshine/contracts';
import type { Principal } from '@sunshine/auth';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { assertNoAccusedUnit } from '../accusations/accused-units';
import { assignedEvent, assignmentOf } from '../routing/assignment';
import type { Assignment, RoutingPetition } from '../routing/routing-petition';
import { RoutingPetitionRepository } from '../routing/routing-petition.repository';
import { RoutingPolicy } from '../routing/routing-policy.provider';
import { unitById } from '../routing/unit-catalogue';
import { UnitCatalogueProvider } from '../routing/unit-catalogue.provider';
import { AssignmentNeedsDecision, CaseNotOpen, DecisionRequired, InstructionNotFound, NotAwaitingInstruction, UnknownUnits, WaitsForAnotherLeader } from './instruction.errors';
import { instructingLeaderId, instructionStep, mayInstruct, queueScope } from './leader-queue';

export interface InstructionInput {
  decision?: 'approve' | 'send-back';
  instruction: string;
  leadUnitId?: string;
  assistingUnitIds?: string[];
  leaderInCharge?: string;
}

export interface InstructionResult {
  petitionId: string;
  caseNumber: string;
  status: RoutingPetition['status'];
  assignment: Assignment;
}

/**
 * A leader's instruction (批示) on an item put to them: approve the assignment as proposed or
 * as the leader decides it — lead unit (主办), assisting units (协办), the leader who takes
 * personal charge (领导包案) — or send it back to the joint petition office (信联办) to convene
 * and propose again.
 */
@Injectable()
export class InstructPetitionService {
  constructor(
    private readonly petitions: RoutingPetitionRepository,
    private readonly units: UnitCatalogueProvider,
    private readonly policy: RoutingPolicy,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
  ) {}

  /**
   * The instruction queue (待批示), oldest first, with why each item waits: a named leader's own
   * items and those for any leader; the whole queue for the joint office and an unnamed leader.
   */
  async queue(caller: Principal) {
    const scope = queueScope(caller);
    const items = await this.petitions.awaitingInstruction(500, scope.all ? undefined : scope.leaderId);
    return {
      items: items.map((p) => ({
        petitionId: p._id,
        caseNumber: p.caseNumber,
        receivedAt: p.receivedAt,
        subject: p.caseFile.subject,
        text: p.caseFile.text,
        channel: p.caseFile.channel,
        confidential: p.caseFile.confidential,
        kind: p.triage?.kind,
        category: p.triage?.category,
        urgency: p.triage?.urgency,
        signals: p.triage?.signals ?? [],
        confidence: p.triage?.confidence,
        proposedLeadUnitId: p.proposal?.leadUnitId,
        proposedAssistingUnitIds: p.proposal?.assistingUnitIds ?? [],
        reasons: p.proposal?.reasons ?? [],
        ...(p.proposal?.leaderId ? { leaderId: p.proposal.leaderId } : {}),
      })),
    };
  }

  async instruct(leader: Principal, petitionId: string, input: InstructionInput): Promise<InstructionResult> {
    const doc = await this.petitions.findById(petitionId);
    if (!doc) throw new InstructionNotFound();
    const step = instructionStep(doc.status, input);
    if (step === 'record') return this.recordOnCase(leader, doc, input.instruction);
    if (step === 'decision-required') throw new DecisionRequired();
    if (step === 'assignment-needs-decision') throw new AssignmentNeedsDecision();
    if (step === 'not-open') throw new CaseNotOpen();
    if (step !== 'decide') throw new NotAwaitingInstruction();
    if (!mayInstruct(leader, doc.proposal?.leaderId)) throw new WaitsForAnotherLeader();
    return this.decide(leader, doc, input as InstructionInput & { decision: 'approve' | 'send-back' });
  }

  /**
   * An instruction on a case already assigned (批示 at any stage): recorded on the routing record
   * and published as `petition.leader-instructed` in the same write, for the unit to act on; the
   * units, the leader in charge and the deadlines stay as they are. Conditional on the record not
   * having changed since it was read, retried on a concurrent change.
   */
  private async recordOnCase(leader: Principal, read: RoutingPetition, instruction: string): Promise<InstructionResult> {
    let doc: RoutingPetition | null = read;
    for (let attempt = 0; attempt < 3 && doc; attempt += 1) {
      const step = instructionStep(doc.status, {});
      if (step === 'not-open') throw new CaseNotOpen();
      if (step !== 'record') throw new NotAwaitingInstruction();
      const now = this.clock.now();
      const leaderId = instructingLeaderId(leader);
      const event = createEvent(
        'petition.leader-instructed',
        { petitionId: doc._id },
        { caseNumber: doc.caseNumber, leaderId, instruction, instructedAt: now.toISOString() },
        this.messaging.eventMeta(now),
      );
      const entry = { leaderId, instruction, at: now, eventId: event.id };
      const result = await this.petitions.update(
        doc._id,
        { status: doc.status, updatedAt: doc.updatedAt },
        { leaderInstructions: [...(doc.leaderInstructions ?? []), entry] },
        [event],
      );
      if (result === 'applied') return { petitionId: doc._id, caseNumber: doc.caseNumber, status: doc.status, assignment: doc.assignment! };
      doc = await this.petitions.findById(doc._id);
    }
    if (!doc) throw new InstructionNotFound();
    throw new NotAwaitingInstruction();
  }

  private async decide(leader: Principal, doc: RoutingPetition, input: InstructionInput & { decision: 'approve' | 'send-back' }): Promise<InstructionResult> {
    const petitionId = doc._id;
    const catalogue = this.units.catalogue;
    const approve = input.decision === 'approve';
    const leadId = approve ? (input.leadUnitId ?? doc.proposal!.leadUnitId) : catalogue.fallbackUnitId;
    const assistingIds = approve ? (input.assistingUnitIds ?? doc.proposal!.assistingUnitIds) : [];
    const unknown = [leadId, ...assistingIds].filter((id) => !unitById(catalogue, id));
    if (unknown.length) throw new UnknownUnits(unknown);
    assertNoAccusedUnit(doc, [leadId, ...assistingIds]);

    const now = this.clock.now();
    const meta = this.messaging.eventMeta(now);
    const assignment = assignmentOf(
      { lead: unitById(catalogue, leadId)!, assisting: assistingIds.filter((id) => id !== leadId).map((id) => unitById(catalogue, id)!), ruleVersion: doc.proposal!.ruleVersion },
      new Date(doc.caseFile.receivedAt),
      now,
      this.policy.deadlines,
      doc.caseFile.dueBy ? new Date(doc.caseFile.dueBy).toISOString() : undefined,
      { ...(input.leaderInCharge ? { leaderInCharge: input.leaderInCharge } : {}), instruction: input.instruction },
    );
    const instructed = createEvent(
      'petition.instructed',
      { petitionId },
      {
        caseNumber: doc.caseNumber,
        leaderId: instructingLeaderId(leader),
        decision: input.decision,
        instruction: input.instruction,
        leadUnitId: assignment.leadUnitId,
        assistingUnitIds: assignment.assistingUnitIds,
        ...(assignment.leaderInCharge ? { leaderInCharge: assignment.leaderInCharge } : {}),
        instructedAt: now.toISOString(),
      },
      meta,
    );
    const next = { ...doc, status: 'assigned' as const, assignment };
    const assigned = assignedEvent(catalogue, 'petition.assigned', next as RoutingPetition, meta);
    const result = await this.petitions.update(
      petitionId,
      { status: 'awaiting-instruction' },
      { status: 'assigned', assignment, instruction: { leaderId: instructingLeaderId(leader), decision: input.decision, instruction: input.instruction, at: now } },
      [instructed, assigned],
    );
    if (result !== 'applied') throw new NotAwaitingInstruction();
    return { petitionId, caseNumber: next.caseNumber, status: next.status, assignment: next.assignment };
  }
}
