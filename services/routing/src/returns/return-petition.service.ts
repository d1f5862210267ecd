import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { CaseReturned, EventEnvelope } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { Clock, safeCollection, type SafeCollection } from '@sunshine/platform';
import { isAccused } from '../accusations/accused-units';
import { sealedProposal } from '../accusations/sealing';
import { RoutingIntelligence } from '../intelligence/routing-intelligence.provider';
import { assignedEvent, assignmentOf } from '../routing/assignment';
import { RoutingPetitionRepository } from '../routing/routing-petition.repository';
import { RoutingPolicy } from '../routing/routing-policy.provider';
import { unitById } from '../routing/unit-catalogue';
import { UnitCatalogueProvider } from '../routing/unit-catalogue.provider';
import { RoutingRulesRepository } from '../rules/routing-rules.repository';

/** A routing mistake and its correction, kept as a training example. */
export interface RoutingCorrection {
  _id: string;
  petitionId: string;
  subject: string;
  text: string;
  wrongUnitId: string;
  reason: string;
  reassignedTo: string;
  at: Date;
}

/**
 * A unit returned an item as not its own (退回, within 5 working days): reassign it — to the
 * unit the returning unit suggests when it is in the catalogue, else by the rules without the
 * units that already returned it, else to the joint petition office — and keep the correction
 * as a training example.
 */
@Injectable()
export class ReturnPetitionService {
  private readonly corrections: SafeCollection<RoutingCorrection>;

  constructor(
    private readonly petitions: RoutingPetitionRepository,
    private readonly units: UnitCatalogueProvider,
    private readonly policy: RoutingPolicy,
    private readonly rules: RoutingRulesRepository,
    private readonly intelligence: RoutingIntelligence,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
    @InjectConnection() connection: Connection,
  ) {
    this.corrections = safeCollection<RoutingCorrection>(connection, 'routing_corrections');
  }

  async onReturned(event: EventEnvelope<'case.returned', CaseReturned>): Promise<HandleOutcome> {
    const petitionId = event.petitionId!;
    const doc = await this.petitions.findById(petitionId);
    if (!doc || doc.processedEvents?.includes(event.id)) return doc ? 'duplicate' : 'ignored';
    if (doc.status !== 'assigned' || doc.assignment?.leadUnitId !== event.payload.unitId) return 'ignored';

    const catalogue = this.units.catalogue;
    const returnedBy = [...doc.returns.map((r) => r.unitId), event.payload.unitId];
    // A sealed report never goes to a unit it accuses: an accused suggestion is passed over and the
    // accused units are left out like the ones that returned it (条例 art. 45).
    const excluded = [...returnedBy, ...(doc.accusedUnitIds ?? [])];
    const suggestion = event.payload.suggestedUnitId ? unitById(catalogue, event.payload.suggestedUnitId) : undefined;
    const suggested = suggestion && !isAccused(doc, suggestion.id) ? suggestion : undefined;
    const prediction = this.intelligence.classifier?.predict({ subject: doc.caseFile.subject, text: doc.caseFile.text });
    const rules = await this.rules.active();
    const proposal =
      suggested && !returnedBy.includes(suggested.id)
        ? { lead: suggested, assisting: [], ruleVersion: rules.version }
        : sealedProposal(
            catalogue,
            rules,
            {
              subject: doc.caseFile.subject,
              text: doc.caseFile.text,
              ...(prediction ? { category: { level1: prediction.category, probability: prediction.probability, confident: prediction.confident } } : {}),
            },
            doc.accusedUnitIds ?? [],
            returnedBy,
          );
    const now = this.clock.now();
    const assignment = assignmentOf(
      { ...proposal, assisting: proposal.assisting.filter((u) => !excluded.includes(u.id)) },
      new Date(doc.caseFile.receivedAt),
      now,
      this.policy.deadlines,
      doc.caseFile.dueBy ? new Date(doc.caseFile.dueBy).toISOString() : undefined,
    );
    const next = { ...doc, assignment };
    const reassigned = assignedEvent(catalogue, 'petition.reassigned', next, this.messaging.eventMeta(now), {
      previousUnitId: event.payload.unitId,
      reason: event.payload.reason,
    });
    const result = await this.petitions.update(
      petitionId,
      { status: 'assigned', 'assignment.leadUnitId': event.payload.unitId },
      { assignment, returns: [...doc.returns, { unitId: event.payload.unitId, reason: event.payload.reason, at: new Date(event.payload.returnedAt), ...(event.payload.suggestedUnitId ? { suggestedUnitId: event.payload.suggestedUnitId } : {}) }] },
      [reassigned],
      event.id,
    );
    if (result === 'applied') {
      await this.corrections.updateOne(
        { _id: event.id },
        {
          $setOnInsert: {
            petitionId,
            subject: doc.caseFile.subject,
            text: doc.caseFile.text,
            wrongUnitId: event.payload.unitId,
            reason: event.payload.reason,
            reassignedTo: assignment.leadUnitId,
            at: now,
          },
        },
        { upsert: true },
      );
    }
    return result === 'not-matched' ? 'ignored' : result;
  }
}
