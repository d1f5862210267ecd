import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@sunshine/contracts';
import { PermanentEventError, type HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { CaseLightsService } from '../reminders/case-lights.service';
import { SupervisionRules } from '../rules/supervision-rules.provider';
import { ledgerLines } from '../unit-summary/unit-ledger';
import { UnitLedgerRepository } from '../unit-summary/unit-ledger.repository';
import { deriveCase, type CaseState } from './case-state';
import { entryOf } from './timeline-entry';
import { TimelineRepository } from './timeline.repository';

/** Stored documents hold no `undefined` members (the driver would write them as null). */
function compact<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Records an event about a petition: its entry in the timeline (at most once), then the case
 * state derived from the whole timeline and the ledger line of every unit involved. The
 * derivations are idempotent and versioned, so they are redone also for a redelivered event: that
 * repairs a crash between the append and the derivations, and never counts anything twice.
 */
@Injectable()
export class RecordEventService {
  constructor(
    private readonly timelines: TimelineRepository,
    private readonly ledgers: UnitLedgerRepository,
    private readonly rules: SupervisionRules,
    private readonly clock: Clock,
    private readonly lights: CaseLightsService,
  ) {}

  async record(event: DomainEvent): Promise<HandleOutcome> {
    const entry = entryOf(event, this.rules.timeZone);
    if (!entry) return 'ignored';
    if (!event.petitionId) throw new PermanentEventError(`${event.type} ${event.id} has no petitionId, so no timeline`, 'TIMELINE.NO_PETITION');
    const now = this.clock.now();
    const outcome = await this.timelines.append(event.petitionId, entry, now);
    if (event.type === 'petition.duplicate-linked' && event.payload.originalPetitionId !== event.petitionId) {
      await this.timelines.linkDuplicate(
        event.payload.originalPetitionId,
        { petitionId: event.petitionId, caseNumber: event.payload.caseNumber, relation: event.payload.relation, linkedAt: new Date(event.occurredAt) },
        event.id,
        now,
      );
    }
    if (event.type === 'petition.link-undone' && event.payload.originalPetitionId !== event.petitionId) {
      await this.timelines.unlinkDuplicate(event.payload.originalPetitionId, event.petitionId, event.id, now);
    }
    await this.derive(event.petitionId, now);
    return outcome;
  }

  /** Derive the case from its timeline and project it onto the timeline and the units' ledgers. */
  async derive(petitionId: string, now: Date): Promise<CaseState> {
    const entries = await this.timelines.entriesOf(petitionId);
    const state = compact(deriveCase(petitionId, entries, this.rules.derivation));
    const version = entries.length;
    await this.timelines.saveDerived(petitionId, state, version, now);
    for (const [unitId, line] of ledgerLines(state)) {
      await this.ledgers.saveLine(unitId, compact(line), version, now, unitId === state.leadUnitId ? state.leadUnitName : undefined);
    }
    // The limits the reminder scheduler watches (reminders/), from the same derivation.
    await this.lights.track(state, entries, version, now);
    return state;
  }
}
