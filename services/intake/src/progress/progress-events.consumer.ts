import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { AllTopics, type DomainEvent } from '@sunshine/contracts';
import { applyOnce, MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import { PETITIONS, type PetitionRecord } from '../registration/petition.schema';
import { LinkedProgressService } from './linked-progress.service';
import { PROGRESS_EVENT_TYPES, stepOf } from './progress';

/**
 * Keeps each petition's progress view current from the events of every topic. Each event is
 * applied at most once (the petition's inbox), so redelivery never adds a step twice. The
 * original case's replies are copied to the petitions linked to it (LinkedProgressService).
 */
@Injectable()
export class ProgressEventsConsumer implements OnModuleInit {
  private readonly petitions: SafeCollection<PetitionRecord>;

  constructor(
    private readonly messaging: MessagingService,
    private readonly linked: LinkedProgressService,
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
    // A linked petitioner's rating of the original's reply is their own step, not the original petitioner's.
    const target = event.type === 'feedback.rated' ? (event.payload.ratedViaPetitionId ?? event.petitionId) : event.petitionId;
    const result = await applyOnce(this.petitions, { _id: target } as never, event.id, {
      $push: { 'progress.steps': step },
    } as never);
    // Redone on a redelivery too (each copy is applied once): that repairs a crash in between.
    if (event.type === 'petition.duplicate-linked') await this.linked.onLinked(event.petitionId!, event.payload.originalPetitionId, step.at);
    if (event.type === 'petition.link-undone') await this.linked.onLinkUndone(event.petitionId!, event.payload.originalPetitionId);
    if (event.type === 'case.replied' && result !== 'not-matched') await this.linked.onOriginalReplied(event.petitionId!, event.payload.caseNumber, step);
    if (event.type === 'petition.assigned' || event.type === 'petition.reassigned') {
      // The newest assignment wins, whatever order the events arrive in (and this is idempotent).
      const at = new Date(event.occurredAt);
      await this.petitions.updateOne(
        { _id: event.petitionId, $or: [{ assignment: null }, { 'assignment.at': trusted({ $lt: at }) }] } as never,
        // The lead unit first (only it may reveal contact details); `sealed`: routing found a report (检举控告).
        { $set: { assignment: { unitIds: [event.payload.leadUnitId, ...event.payload.assistingUnitIds], at, ...(event.payload.confidential ? { sealed: true } : {}) } } },
      );
    }
    // A petition registered elsewhere (another district's intake) is none of ours.
    return result === 'not-matched' ? 'ignored' : result;
  }
}
