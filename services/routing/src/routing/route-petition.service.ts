import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectConnection, InjectModel } from '@nestjs/mongoose';
import type { Collection, Connection, Model } from 'mongoose';
import { join } from 'node:path';
import { createEvent, type DomainEvent, type EventEnvelope, type PetitionRegistered } from '@sunshine/contracts';
import { applyOnce, insertOnce, MessagingService, outboxFields, type HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { assignmentDeadlines, STATUTORY_DEADLINES } from './deadlines';
import { exactDuplicateKey } from './exact-duplicates';
import { ROUTING_PETITIONS, type RoutingPetition, type RoutingStatus } from './routing-petition.schema';
import { loadUnitCatalogue, routeByKeywords, type UnitCatalogue } from './unit-catalogue';

interface DuplicateLookup {
  _id: string;
  petitionId: string;
  caseNumber: string;
}

const OPEN: ReadonlySet<RoutingStatus> = new Set(['assigned', 'replied']);

const STATUS_LABEL: Record<RoutingStatus, string> = {
  assigned: '办理中',
  linked: '已并案',
  replied: '已答复',
  closed: '已办结',
  concluded: '已办结',
  withdrawn: '已撤回',
};

/**
 * Routing: on each registered petition decide at once (第一时间) whether it repeats an open
 * case, and otherwise classify it and assign it to a unit with the statutory deadlines.
 * Everything routing decides for one petition is one insert carrying its events.
 */
@Injectable()
export class RoutePetitionService implements OnModuleInit {
  private catalogue!: UnitCatalogue;
  private readonly duplicates: Collection<DuplicateLookup>;

  constructor(
    @InjectModel(ROUTING_PETITIONS) private readonly petitions: Model<RoutingPetition>,
    @InjectConnection() connection: Connection,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
    private readonly config: ConfigService,
  ) {
    this.duplicates = connection.collection<DuplicateLookup>('exact_duplicates');
  }

  onModuleInit(): void {
    this.catalogue = loadUnitCatalogue(this.config.get<string>('ROUTING_UNIT_CATALOGUE') ?? join(__dirname, '../catalogue/units.json'));
  }

  get unitCatalogue(): UnitCatalogue {
    return this.catalogue;
  }

  async onRegistered(event: EventEnvelope<'petition.registered', PetitionRegistered>): Promise<HandleOutcome> {
    const petitionId = event.petitionId!;
    const { payload } = event;
    const meta = this.messaging.eventMeta(this.clock.now());
    const receivedAt = new Date(payload.receivedAt);

    const original = payload.petitionerRef ? await this.findOpenDuplicate(petitionId, payload) : undefined;
    let record: Partial<RoutingPetition>;
    if (original) {
      const linked = createEvent(
        'petition.duplicate-linked',
        { petitionId },
        {
          caseNumber: payload.caseNumber,
          originalPetitionId: original._id,
          originalCaseNumber: original.caseNumber,
          relation: 'repeat',
          similarity: 1,
          possibleReview: original.status === 'replied',
          originalStatus: STATUS_LABEL[original.status],
        },
        meta,
      );
      record = {
        _id: petitionId,
        caseNumber: payload.caseNumber,
        receivedAt,
        ...(payload.petitionerRef ? { petitionerRef: payload.petitionerRef } : {}),
        status: 'linked',
        decision: 'repeat',
        linkedTo: original._id,
        ...outboxFields([linked]),
      };
    } else {
      const match = routeByKeywords(this.catalogue, payload.subject, payload.text);
      const category = { level1: match.unit.categories[0] ?? '党务政务' };
      const kind = payload.kindHint ?? (payload.confidential ? 'report' : 'request');
      const { acceptBy, handleBy } = assignmentDeadlines(receivedAt, STATUTORY_DEADLINES, payload.dueBy ? new Date(payload.dueBy) : undefined);
      const triaged = createEvent(
        'petition.triaged',
        { petitionId },
        {
          caseNumber: payload.caseNumber,
          kind,
          category,
          urgency: 'normal',
          proposedUnits: [match.unit.id],
          confidence: Math.round(match.confidence * 1000) / 1000,
          ruleVersion: this.catalogue.version,
        },
        meta,
      );
      const assigned = createEvent(
        'petition.assigned',
        { petitionId },
        {
          caseNumber: payload.caseNumber,
          leadUnitId: match.unit.id,
          leadUnitName: match.unit.name,
          assistingUnitIds: [],
          acceptBy: acceptBy.toISOString(),
          handleBy: handleBy.toISOString(),
          channel: payload.channel,
          kind,
          category,
          subject: payload.subject,
          text: payload.text,
          receivedAt: payload.receivedAt,
          confidential: payload.confidential,
          ruleVersion: this.catalogue.version,
        },
        meta,
      );
      record = {
        _id: petitionId,
        caseNumber: payload.caseNumber,
        receivedAt,
        ...(payload.petitionerRef ? { petitionerRef: payload.petitionerRef } : {}),
        status: 'assigned',
        decision: 'new',
        leadUnitId: match.unit.id,
        ruleVersion: this.catalogue.version,
        ...outboxFields([triaged, assigned]),
      };
    }

    // The petition's id is the document's id: a redelivered petition.registered cannot route twice.
    const now = this.clock.now();
    const outcome = await insertOnce(this.petitions.collection as unknown as Collection<RoutingPetition>, {
      ...record,
      processedEvents: [event.id],
      createdAt: now,
      updatedAt: now,
    } as RoutingPetition);
    if (outcome === 'applied') {
      if (record.decision === 'new' && payload.petitionerRef) await this.rememberForDuplicates(petitionId, payload);
      this.messaging.kick(ROUTING_PETITIONS, [petitionId]);
    }
    return outcome;
  }

  /** Later events tell routing whether a case is still open to link repeats to. */
  async onCaseEvent(event: DomainEvent): Promise<HandleOutcome> {
    const status: RoutingStatus | undefined =
      event.type === 'case.replied' || event.type === 'case.reopened'
        ? event.type === 'case.replied'
          ? 'replied'
          : 'assigned'
        : event.type === 'case.closed'
          ? 'closed'
          : event.type === 'petition.concluded'
            ? 'concluded'
            : event.type === 'petition.withdrawn'
              ? 'withdrawn'
              : undefined;
    if (!status || !event.petitionId) return 'ignored';
    const set: Record<string, unknown> = { status };
    if (status === 'replied') set.repliedAt = new Date(event.occurredAt);
    const result = await applyOnce(this.petitions.collection, { _id: event.petitionId } as never, event.id, { $set: set } as never);
    return result === 'not-matched' ? 'ignored' : result;
  }

  private async findOpenDuplicate(petitionId: string, payload: PetitionRegistered): Promise<RoutingPetition | undefined> {
    const lookup = await this.duplicates.findOne({ _id: exactDuplicateKey(payload.petitionerRef!, payload.subject, payload.text) });
    if (!lookup || lookup.petitionId === petitionId) return undefined;
    const original = await this.petitions.findById(lookup.petitionId).lean();
    return original && OPEN.has(original.status) ? (original as RoutingPetition) : undefined;
  }

  private async rememberForDuplicates(petitionId: string, payload: PetitionRegistered): Promise<void> {
    const key = exactDuplicateKey(payload.petitionerRef!, payload.subject, payload.text);
    await this.duplicates.updateOne({ _id: key }, { $set: { petitionId, caseNumber: payload.caseNumber } }, { upsert: true });
  }
}
