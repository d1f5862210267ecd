import { Injectable } from '@nestjs/common';
import { createEvent } from '@sunshine/contracts';
import type { Principal } from '@sunshine/auth';
import { MessagingService } from '@sunshine/messaging';
import { Clock, DomainError } from '@sunshine/platform';
import { RoutePetitionService } from '../routing/route-petition.service';
import type { RoutingPetition } from '../routing/routing-petition.schema';
import { unitById } from '../routing/unit-catalogue';

export interface InstructionInput {
  decision: 'approve' | 'send-back';
  instruction: string;
  leadUnitId?: string;
  assistingUnitIds?: string[];
  leaderInCharge?: string;
}

export class NotAwaitingInstruction extends DomainError {
  constructor() {
    super({
      code: 'INSTRUCTION.NOT_PENDING',
      status: 409,
      title: { 'zh-CN': '该件不在待批示状态', en: 'The petition is not awaiting an instruction' },
    });
  }
}

export class InstructionNotFound extends DomainError {
  constructor() {
    super({ code: 'INSTRUCTION.NOT_FOUND', status: 404, title: { 'zh-CN': '未找到该信访件', en: 'No such petition' } });
  }
}

export class UnknownUnits extends DomainError {
  constructor(ids: string[]) {
    super({
      code: 'INSTRUCTION.UNKNOWN_UNIT',
      status: 400,
      title: { 'zh-CN': '承办单位不存在', en: 'Unknown unit' },
      detail: { 'zh-CN': `不在单位目录中：${ids.join('、')}`, en: `Not in the unit catalogue: ${ids.join(', ')}` },
    });
  }
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
    private readonly routing: RoutePetitionService,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
  ) {}

  async pending(): Promise<RoutingPetition[]> {
    return this.routing.collection.find({ status: 'awaiting-instruction' }).sort({ receivedAt: 1 }).limit(500).toArray() as Promise<RoutingPetition[]>;
  }

  async instruct(leader: Principal, petitionId: string, input: InstructionInput): Promise<RoutingPetition> {
    const doc = await this.routing.collection.findOne({ _id: petitionId });
    if (!doc) throw new InstructionNotFound();
    if (doc.status !== 'awaiting-instruction') throw new NotAwaitingInstruction();
    const catalogue = this.routing.unitCatalogue;
    const approve = input.decision === 'approve';
    const leadId = approve ? (input.leadUnitId ?? doc.proposal!.leadUnitId) : catalogue.fallbackUnitId;
    const assistingIds = approve ? (input.assistingUnitIds ?? doc.proposal!.assistingUnitIds) : [];
    const unknown = [leadId, ...assistingIds].filter((id) => !unitById(catalogue, id));
    if (unknown.length) throw new UnknownUnits(unknown);

    const now = this.clock.now();
    const meta = this.messaging.eventMeta(now);
    const assignment = this.routing.assignment(
      { lead: unitById(catalogue, leadId)!, assisting: assistingIds.filter((id) => id !== leadId).map((id) => unitById(catalogue, id)!), ruleVersion: doc.proposal!.ruleVersion },
      new Date(doc.caseFile.receivedAt),
      now,
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
    const assigned = this.routing.assignedEvent('petition.assigned', next as RoutingPetition, meta);
    const result = await this.routing.update(
      petitionId,
      { status: 'awaiting-instruction' },
      { status: 'assigned', assignment, instruction: { leaderId: leader.subject, decision: input.decision, instruction: input.instruction, at: now } },
      [instructed, assigned],
    );
    if (result !== 'applied') throw new NotAwaitingInstruction();
    return next as RoutingPetition;
  }
}
