import { Injectable } from '@nestjs/common';
import { createEvent } from '@sunshine/contracts';
import type { Principal } from '@sunshine/auth';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { assignedEvent, assignmentOf } from '../routing/assignment';
import type { Assignment, RoutingPetition } from '../routing/routing-petition';
import { RoutingPetitionRepository } from '../routing/routing-petition.repository';
import { RoutingPolicy } from '../routing/routing-policy.provider';
import { unitById } from '../routing/unit-catalogue';
import { UnitCatalogueProvider } from '../routing/unit-catalogue.provider';
import { InstructionNotFound, NotAwaitingInstruction, UnknownUnits } from './instruction.errors';

export interface InstructionInput {
  decision: 'approve' | 'send-back';
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

  /** The instruction queue (待批示), oldest first, with why each item waits. */
  async queue() {
    const items = await this.petitions.awaitingInstruction(500);
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
      })),
    };
  }

  async instruct(leader: Principal, petitionId: string, input: InstructionInput): Promise<InstructionResult> {
    const doc = await this.petitions.findById(petitionId);
    if (!doc) throw new InstructionNotFound();
    if (doc.status !== 'awaiting-instruction') throw new NotAwaitingInstruction();
    const catalogue = this.units.catalogue;
    const approve = input.decision === 'approve';
    const leadId = approve ? (input.leadUnitId ?? doc.proposal!.leadUnitId) : catalogue.fallbackUnitId;
    const assistingIds = approve ? (input.assistingUnitIds ?? doc.proposal!.assistingUnitIds) : [];
    const unknown = [leadId, ...assistingIds].filter((id) => !unitById(catalogue, id));
    if (unknown.length) throw new UnknownUnits(unknown);

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
        leaderId: leader.subject,
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
      { status: 'assigned', assignment, instruction: { leaderId: leader.subject, decision: input.decision, instruction: input.instruction, at: now } },
      [instructed, assigned],
    );
    if (result !== 'applied') throw new NotAwaitingInstruction();
    return { petitionId, caseNumber: next.caseNumber, status: next.status, assignment: next.assignment };
  }
}
