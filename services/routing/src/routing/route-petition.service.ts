import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectModel } from '@nestjs/mongoose';
import type { Collection, Model } from 'mongoose';
import { join } from 'node:path';
import {
  createEvent,
  type DomainEvent,
  type EventEnvelope,
  type EventMetadata,
  type PetitionKind,
  type PetitionRegistered,
} from '@sunshine/contracts';
import { applyOnce, insertOnce, MessagingService, outboxFields, withOutbox, type HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { triageKind } from '../classification/kind-triage';
import { detectUrgency } from '../classification/urgency-detector';
import type { PetitionForDedup } from '../dedup/petition-signature';
import { assignmentDeadlines, type DeadlineRules } from '../deadlines/statutory-deadlines';
import { instructionReasons, type InstructionPolicy } from '../instructions/instruction-policy';
import { RoutingIntelligence } from '../intelligence/routing-intelligence.provider';
import { proposeUnits, type RoutingProposal } from '../rules/routing-rules';
import { RoutingRulesRepository } from '../rules/routing-rules.repository';
import { ROUTING_PETITIONS, type Assignment, type RoutingPetition, type RoutingStatus } from './routing-petition.schema';
import { loadUnitCatalogue, unitById, type UnitCatalogue } from './unit-catalogue';

const STATUS_LABEL: Record<RoutingStatus, string> = {
  'awaiting-instruction': '待领导批示',
  assigned: '办理中',
  linked: '已并案',
  replied: '已答复',
  closed: '已办结',
  concluded: '已办结',
  withdrawn: '已撤回',
};

/** A queue of one: decisions on registrations are taken one at a time, so each sees the last. */
class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

/**
 * Routing decides at once (第一时间) on every registered petition: an urgent matter is
 * escalated before anything else; a repeat or joint petition is linked to its case instead of
 * opening new work (判重), and a group matter escalated; anything else is triaged (kind,
 * category, urgency), given units by the rules, and either put to a leader for instruction
 * (批示) or assigned at once with the statutory deadlines. Everything decided for a petition is
 * one insert of its routing record carrying all its events.
 */
@Injectable()
export class RoutePetitionService implements OnModuleInit {
  private readonly logger = new Logger(RoutePetitionService.name);
  private catalogue!: UnitCatalogue;
  private readonly serial = new Serial();
  private readonly deadlines: DeadlineRules;

  constructor(
    @InjectModel(ROUTING_PETITIONS) private readonly petitions: Model<RoutingPetition>,
    private readonly messaging: MessagingService,
    private readonly intelligence: RoutingIntelligence,
    private readonly rules: RoutingRulesRepository,
    private readonly clock: Clock,
    private readonly config: ConfigService,
  ) {
    this.deadlines = {
      acceptDays: config.getOrThrow<number>('ROUTING_ACCEPT_DAYS'),
      handleDays: config.getOrThrow<number>('ROUTING_HANDLE_DAYS'),
      returnWorkingDays: config.getOrThrow<number>('ROUTING_RETURN_WORKING_DAYS'),
      timeZone: config.getOrThrow<string>('ROUTING_TIME_ZONE'),
    };
  }

  onModuleInit(): void {
    this.catalogue = loadUnitCatalogue(this.config.get<string>('ROUTING_UNIT_CATALOGUE') ?? join(__dirname, '../catalogue/units.json'));
  }

  get unitCatalogue(): UnitCatalogue {
    return this.catalogue;
  }

  get collection(): Collection<RoutingPetition> {
    return this.petitions.collection as unknown as Collection<RoutingPetition>;
  }

  onRegistered(event: EventEnvelope<'petition.registered', PetitionRegistered>): Promise<HandleOutcome> {
    return this.serial.run(() => this.decide(event));
  }

  private async decide(event: EventEnvelope<'petition.registered', PetitionRegistered>): Promise<HandleOutcome> {
    const petitionId = event.petitionId!;

    const { payload } = event;
    const now = this.clock.now();
    const meta = this.messaging.eventMeta(now);
    const receivedAt = new Date(payload.receivedAt);
    const petition: PetitionForDedup = {
      petitionId,
      caseNumber: payload.caseNumber,
      receivedAt,
      channel: payload.channel,
      subject: payload.subject,
      text: payload.text,
      identity: payload.petitionerKeys,
    };
    const detector = this.intelligence.detector;
    const features = detector.features(petition);
    const duplicate = detector.decide(petition, features);
    const original = duplicate.linkedTo ? await this.petitions.findById(duplicate.linkedTo.petitionId, { status: 1, caseNumber: 1, caseFile: 1 }).lean() : null;
    // A report accusing officials (检举控告) is never merged with an ordinary petition, nor the
    // other way round: they are handled apart, and the reporter must stay out of the other file.
    const linkable = duplicate.relation !== 'new' && duplicate.linkedTo && (!original || original.caseFile.confidential === payload.confidential);
    const urgency = detectUrgency({ subject: payload.subject, text: payload.text, receivedAt });
    const events: DomainEvent[] = [];

    // Urgent matters are reported to the leaders at once, before any other step (MISSION 1.2).
    if (urgency.urgent) {
      events.push(createEvent('petition.escalated', { petitionId }, { caseNumber: payload.caseNumber, reason: 'urgent', signals: urgency.signals }, meta));
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
      processedEvents: [event.id],
      createdAt: now,
      updatedAt: now,
    };

    let record: Omit<RoutingPetition, keyof ReturnType<typeof outboxFields>>;
    if (linkable && duplicate.linkedTo) {
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
            ...(original ? { originalStatus: STATUS_LABEL[original.status] } : {}),
          },
          meta,
        ),
      );
      record = { ...base, status: 'linked', decision: duplicate.relation as 'repeat' | 'joint', linkedTo: duplicate.linkedTo.petitionId };
    } else {
      const kind: PetitionKind = payload.kindHint ?? (payload.confidential ? 'report' : triageKind({ subject: payload.subject, text: payload.text }).kind);
      const prediction = this.intelligence.classifier?.predict({ subject: payload.subject, text: payload.text });
      const rules = await this.rules.active();
      const proposal = proposeUnits(this.catalogue, rules, {
        subject: payload.subject,
        text: payload.text,
        area: payload.area,
        ...(prediction ? { category: { level1: prediction.category, probability: prediction.probability, confident: prediction.confident } } : {}),
        ...(payload.categoryHint ? { categoryHint: payload.categoryHint.level1 } : {}),
      });
      const category = { level1: proposal.category, ...(payload.categoryHint?.level2 ? { level2: payload.categoryHint.level2 } : {}) };
      const reasons = instructionReasons(
        this.config.getOrThrow<InstructionPolicy>('ROUTING_INSTRUCTION_POLICY'),
        {
          urgent: urgency.urgent,
          group: Boolean(duplicate.groupEscalation),
          confidential: payload.confidential,
          assistingUnits: proposal.assisting.length,
          confidence: proposal.confidence,
          ruleRequiresInstruction: proposal.requireInstruction,
        },
        this.config.getOrThrow<number>('ROUTING_MIN_CONFIDENCE'),
      );
      events.push(
        createEvent(
          'petition.triaged',
          { petitionId },
          {
            caseNumber: payload.caseNumber,
            kind,
            category,
            urgency: urgency.urgent ? 'urgent' : 'normal',
            proposedUnits: [proposal.lead.id, ...proposal.assisting.map((u) => u.id)],
            confidence: proposal.confidence,
            ruleVersion: proposal.ruleVersion,
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
      };
      if (reasons.length) {
        events.push(
          createEvent(
            'petition.instruction-requested',
            { petitionId },
            { caseNumber: payload.caseNumber, reasons, proposedUnits: [proposal.lead.id, ...proposal.assisting.map((u) => u.id)] },
            meta,
          ),
        );
        record = { ...base, status: 'awaiting-instruction', decision: 'new', triage, proposal: proposed };
      } else {
        const assignment = this.assignment(proposal, receivedAt, now, payload.dueBy);
        const doc = { ...base, status: 'assigned' as const, decision: 'new' as const, triage, proposal: proposed, assignment };
        events.push(this.assignedEvent('petition.assigned', doc as unknown as RoutingPetition, meta));
        record = doc;
      }
    }

    // One write: the decision, its events and the duplicate index's record. A redelivered
    // registration finds the petition's id taken and changes nothing.
    const stored = detector.recordOf(petition, features, duplicate.groupId);
    const outcome = await insertOnce(this.collection, { ...record, dedup: stored, ...outboxFields(events) } as RoutingPetition);
    if (outcome === 'applied') {
      detector.add(stored, features);
      this.messaging.kick(ROUTING_PETITIONS, [petitionId]);
    }
    return outcome;
  }

  /** The assignment of a proposal made now: units, the rule version, and the deadlines. */
  assignment(proposal: Pick<RoutingProposal, 'lead' | 'assisting' | 'ruleVersion'>, receivedAt: Date, at: Date, dueBy?: string, extra: Partial<Assignment> = {}): Assignment {
    const deadlines = assignmentDeadlines(receivedAt, at, this.deadlines, dueBy ? new Date(dueBy) : undefined);
    return {
      leadUnitId: proposal.lead.id,
      assistingUnitIds: proposal.assisting.map((u) => u.id),
      ...deadlines,
      at,
      ruleVersion: proposal.ruleVersion,
      ...extra,
    };
  }

  /** The unit's case file as an event (petition.assigned or petition.reassigned). */
  assignedEvent(type: 'petition.assigned', doc: RoutingPetition, meta: EventMetadata): DomainEvent;
  assignedEvent(type: 'petition.reassigned', doc: RoutingPetition, meta: EventMetadata, extra: { previousUnitId: string; reason: string }): DomainEvent;
  assignedEvent(type: 'petition.assigned' | 'petition.reassigned', doc: RoutingPetition, meta: EventMetadata, extra?: { previousUnitId: string; reason: string }): DomainEvent {
    const assignment = doc.assignment!;
    const lead = unitById(this.catalogue, assignment.leadUnitId)!;
    const payload = {
      caseNumber: doc.caseNumber,
      leadUnitId: lead.id,
      leadUnitName: lead.name,
      assistingUnitIds: assignment.assistingUnitIds,
      ...(assignment.leaderInCharge ? { leaderInCharge: assignment.leaderInCharge } : {}),
      ...(assignment.instruction ? { instruction: assignment.instruction } : {}),
      acceptBy: assignment.acceptBy.toISOString(),
      handleBy: assignment.handleBy.toISOString(),
      returnBy: assignment.returnBy.toISOString(),
      channel: doc.caseFile.channel,
      kind: doc.triage!.kind,
      category: { level1: doc.triage!.category },
      subject: doc.caseFile.subject,
      text: doc.caseFile.text,
      receivedAt: new Date(doc.caseFile.receivedAt).toISOString(),
      confidential: doc.caseFile.confidential,
      ruleVersion: assignment.ruleVersion,
    };
    return type === 'petition.assigned'
      ? createEvent('petition.assigned', { petitionId: doc._id }, payload, meta)
      : createEvent('petition.reassigned', { petitionId: doc._id }, { ...payload, ...extra! }, meta);
  }

  /** Later events tell routing (and its duplicate index) whether a case is still open. */
  async onCaseEvent(event: DomainEvent): Promise<HandleOutcome> {
    if (!event.petitionId) return 'ignored';
    const at = new Date(event.occurredAt);
    let status: RoutingStatus | undefined;
    if (event.type === 'case.replied') status = 'replied';
    else if (event.type === 'case.reopened') status = 'assigned';
    else if (event.type === 'case.closed') status = 'closed';
    else if (event.type === 'petition.concluded') status = 'concluded';
    else if (event.type === 'petition.withdrawn') status = 'withdrawn';
    if (!status) return 'ignored';
    // The routing status and the duplicate index's record change in the same write.
    const set: Record<string, unknown> = { status, updatedAt: this.clock.now() };
    if (status === 'replied') Object.assign(set, { repliedAt: at, 'dedup.state': 'replied', 'dedup.repliedAt': at.toISOString() });
    else if (status === 'assigned') set['dedup.state'] = 'open';
    else Object.assign(set, { 'dedup.state': 'closed', 'dedup.closedAt': at.toISOString() });
    const result = await applyOnce(this.collection, { _id: event.petitionId }, event.id, { $set: set } as never);
    if (result === 'applied') {
      const detector = this.intelligence.detector;
      if (status === 'replied') detector.markReplied(event.petitionId, at);
      else if (status === 'assigned') detector.markReopened(event.petitionId);
      else detector.markClosed(event.petitionId, at);
    }
    return result === 'not-matched' ? 'ignored' : result;
  }

  /** For the returns and instructions capabilities: one conditional update with its events. */
  async update(petitionId: string, expected: Partial<Pick<RoutingPetition, 'status'>> & Record<string, unknown>, set: Record<string, unknown>, events: DomainEvent[], eventId?: string) {
    const update = withOutbox({ $set: { ...set, updatedAt: this.clock.now() } } as Record<string, unknown>, events);
    const result = eventId
      ? await applyOnce(this.collection, { _id: petitionId, ...expected } as never, eventId, update as never)
      : (await this.collection.updateOne({ _id: petitionId, ...expected } as never, update as never)).modifiedCount === 1
        ? 'applied'
        : 'not-matched';
    if (result === 'applied') this.messaging.kick(ROUTING_PETITIONS, [petitionId]);
    return result;
  }

  get log(): Logger {
    return this.logger;
  }
}
