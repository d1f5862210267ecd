import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { AllTopics, type DomainEvent } from '@sunshine/contracts';
import { applyOnce, MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import { PETITIONS, type PetitionRecord } from '../registration/petition.schema';
import { PROGRESS_EVENT_TYPES, stepOf } from './progress';

/**
 * Keeps each petition's progress view current from the events of every topic. Each event is
 * applied at most once (the petition's inbox), so redelivery never adds a step twice.
 */
@Injectable()
export class ProgressEventsConsumer implements OnModuleInit {
  private readonly petitions: SafeCollection<PetitionRecord>;

  constructor(
    private readonly messaging: MessagingService,
    @InjectModel(PETITIONS) petitions: Model<PetitionRecord>,
  ) {
    this.petitions = safeCollection<PetitionRecord>(petitions);
  }

  onModuleInit(): void {
    this.messaging.register({
      groupId: 'intake-progress',
      topics: AllTopics,
      types: PROGRESS_EVENT_TYPES,
      handler: (event) => this.handle(event),
    });
  }

  async handle(event: DomainEvent): Promise<HandleOutcome> {
    const step = event.petitionId ? stepOf(event) : undefined;
    if (!step) return 'ignored';
    const result = await applyOnce(this.petitions, { _id: event.petitionId } as never, event.id, {
      $push: { 'progress.steps': step },
    } as never);
    if (event.type === 'petition.assigned' || event.type === 'petition.reassigned') {
      // The newest assignment wins, whatever order the events arrive in (and this is idempotent).
      const at = new Date(event.occurredAt);
      await this.petitions.updateOne(
        { _id: event.petitionId, $or: [{ assignment: null }, { 'assignment.at': trusted({ $lt: at }) }] } as never,
        { $set: { assignment: { unitIds: [event.payload.leadUnitId, ...event.payload.assistingUnitIds], at } } },
      );
    }
    // A petition registered elsewhere (another district's intake) is none of ours.
    return result === 'not-matched' ? 'ignored' : result;
  }
}
