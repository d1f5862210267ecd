import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import type { DomainEvent } from '@sunshine/contracts';
import { applyOnce, insertOnce, MessagingService, outboxFields, withOutbox, type ApplyResult } from '@sunshine/messaging';
import { Clock, safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import type { StoredPetitionSignature } from '../dedup/petition-signature';
import type { RoutingRecord } from './route-decision';
import { ROUTING_PETITIONS, type RoutingPetition, type RoutingStatus } from './routing-petition.schema';

/** The fields of a routing record an update may require (optimistic concurrency). */
export type RoutingExpectation = Partial<Pick<RoutingPetition, 'status'>> & Record<string, unknown>;

/**
 * All access to `routing_petitions`: the decision's insert (with its events and the duplicate
 * index's record), the inbox-guarded updates of later events, the conditional updates of
 * instructions and returns, and the reads behind the instruction queue. Events go into the
 * outbox of the same document in the same write; the relay is kicked after each applied write.
 */
@Injectable()
export class RoutingPetitionRepository {
  private readonly petitions: SafeCollection<RoutingPetition>;

  constructor(
    @InjectModel(ROUTING_PETITIONS) model: Model<RoutingPetition>,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
  ) {
    this.petitions = safeCollection<RoutingPetition>(model);
  }

  findById(petitionId: string): Promise<RoutingPetition | null> {
    return this.petitions.findOne({ _id: petitionId } as Filter<RoutingPetition>) as Promise<RoutingPetition | null>;
  }

  /** The registrar's lookup by case number (a scan: rare, never per event). */
  findByCaseNumber(caseNumber: string): Promise<RoutingPetition | null> {
    return this.petitions.findOne({ caseNumber } as Filter<RoutingPetition>, { projection: { outbox: 0, dedup: 0 } }) as Promise<RoutingPetition | null>;
  }

  /** What deciding on a duplicate needs to know of the original case. */
  findOriginal(petitionId: string): Promise<Pick<RoutingPetition, 'status' | 'caseNumber' | 'caseFile'> | null> {
    return this.petitions.findOne({ _id: petitionId } as Filter<RoutingPetition>, { projection: { status: 1, caseNumber: 1, caseFile: 1 } });
  }

  /**
   * What the duplicate hints show of petitions found in the duplicate index (`ids` from the index,
   * at most a few dozen): case number, dates, status, subject, category, lead unit, confidentiality.
   * Nothing of the petitioner; neither the text nor the index's record.
   */
  findHintSummaries(ids: string[]): Promise<RoutingPetition[]> {
    return this.petitions
      .find({ _id: trusted({ $in: ids }) } as Filter<RoutingPetition>, {
        projection: { caseNumber: 1, receivedAt: 1, status: 1, sealed: 1, 'caseFile.subject': 1, 'caseFile.confidential': 1, 'triage.category': 1, 'assignment.leadUnitId': 1 },
      })
      .toArray() as Promise<RoutingPetition[]>;
  }

  /** Records in one status, newest first (a registrar's list; a scan, never per event). */
  listByStatus(status: RoutingStatus, limit: number): Promise<RoutingPetition[]> {
    return this.petitions.find({ status } as Filter<RoutingPetition>, { projection: { outbox: 0, dedup: 0, processedEvents: 0 } }).sort({ receivedAt: -1 }).limit(limit).toArray() as Promise<RoutingPetition[]>;
  }

  /**
   * Items waiting for a leader's instruction, oldest first; with `leaderId`, only that leader's own
   * items (letters to their mailbox) and those for any leader.
   */
  awaitingInstruction(limit = 500, leaderId?: string): Promise<RoutingPetition[]> {
    const filter = leaderId
      ? { status: 'awaiting-instruction', $or: [{ 'proposal.leaderId': leaderId }, { 'proposal.leaderId': trusted({ $exists: false }) }] }
      : { status: 'awaiting-instruction' };
    return this.petitions.find(filter as Filter<RoutingPetition>).sort({ receivedAt: 1 }).limit(limit).toArray() as Promise<RoutingPetition[]>;
  }

  /**
   * The decision on a registration, its events and the duplicate index's record in one insert.
   * A redelivered registration finds the petition's id taken and changes nothing.
   */
  async insertDecision(record: RoutingRecord, dedup: StoredPetitionSignature, events: DomainEvent[]): Promise<'applied' | 'duplicate'> {
    const outcome = await insertOnce(this.petitions, { ...record, dedup, ...outboxFields(events) } as RoutingPetition);
    if (outcome === 'applied') this.messaging.kick(ROUTING_PETITIONS, [record._id]);
    return outcome;
  }

  /**
   * A later event's change of status, applied at most once (the event id is recorded in the same
   * write). The routing status and the duplicate index's record change together.
   */
  applyCaseStatus(petitionId: string, eventId: string, status: RoutingStatus, changes: Record<string, unknown>): Promise<ApplyResult> {
    const set = { status, updatedAt: this.clock.now(), ...changes };
    return applyOnce(this.petitions, { _id: petitionId } as Filter<RoutingPetition>, eventId, { $set: set } as UpdateFilter<RoutingPetition>);
  }

  /**
   * For the returns and instructions capabilities: one update, conditional on what the caller
   * read (`expected`), with its events; at most once per event when `eventId` is given.
   */
  async update(petitionId: string, expected: RoutingExpectation, set: Record<string, unknown>, events: DomainEvent[], eventId?: string): Promise<ApplyResult> {
    const update = withOutbox({ $set: { ...set, updatedAt: this.clock.now() } } as Record<string, unknown>, events) as UpdateFilter<RoutingPetition>;
    const filter = { _id: petitionId, ...expected } as Filter<RoutingPetition>;
    const result = eventId
      ? await applyOnce(this.petitions, filter, eventId, update)
      : (await this.petitions.updateOne(filter, update)).modifiedCount === 1
        ? 'applied'
        : 'not-matched';
    if (result === 'applied') this.messaging.kick(ROUTING_PETITIONS, [petitionId]);
    return result;
  }
}
