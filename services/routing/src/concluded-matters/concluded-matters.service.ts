import { Injectable } from '@nestjs/common';
import type { EventEnvelope, PetitionConcluded } from '@sunshine/contracts';
import type { HandleOutcome } from '@sunshine/messaging';
import { RoutingIntelligence } from '../intelligence/routing-intelligence.provider';
import { RoutingPetitionRepository } from '../routing/routing-petition.repository';
import type { RoutingPetition } from '../routing/routing-petition';
import { ExhaustedMattersRepository } from './exhausted-matters.repository';
import { exhaustedCaseFor, type ExhaustedCase, type Petitioner } from './not-accepted-again';
import type { DuplicateDecision } from '../dedup/duplicate-detector';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * What routing remembers of concluded matters (条例 art. 35): a `petition.concluded` with reason
 * `review-exhausted` marks the case's matter group as exhausted for its petitioner; the decision
 * on a later registration asks `exhaustedFor` whether the same person is raising it again.
 * Also the registrar's list of the petitions not accepted again.
 */
@Injectable()
export class ConcludedMattersService {
  constructor(
    private readonly matters: ExhaustedMattersRepository,
    private readonly petitions: RoutingPetitionRepository,
    private readonly intelligence: RoutingIntelligence,
  ) {}

  async onConcluded(event: EventEnvelope<'petition.concluded', PetitionConcluded>): Promise<HandleOutcome> {
    if (event.payload.reason !== 'review-exhausted' || !event.petitionId) return 'ignored';
    const record = await this.petitions.findById(event.petitionId);
    // A petition routing never decided on (another district's) has no matter here.
    if (!record) return 'ignored';
    // The group as the duplicate index holds it now (a registrar may have undone a link since).
    const groupId = this.intelligence.detector.stateOf(record._id)?.groupId ?? record.dedup?.groupId ?? record._id;
    const exhausted: ExhaustedCase = {
      petitionId: record._id,
      caseNumber: record.caseNumber,
      identity: { ...(record.dedup?.identity ?? {}) },
      ...(record.petitionerRef ? { petitionerRef: record.petitionerRef } : {}),
      concludedAt: new Date(event.payload.concludedAt),
    };
    const result = await this.matters.record(groupId, event.id, exhausted);
    return result === 'not-matched' ? 'ignored' : result;
  }

  /** The same person's exhausted case of the matter a new petition repeats, if any. */
  async exhaustedFor(duplicate: Pick<DuplicateDecision, 'relation' | 'groupId'>, petitioner: Petitioner): Promise<ExhaustedCase | undefined> {
    if (duplicate.relation !== 'repeat') return undefined;
    return exhaustedCaseFor(duplicate, await this.matters.find(duplicate.groupId), petitioner);
  }

  /** The registrar's list: petitions not accepted again, newest first. */
  async listNotAcceptedAgain(limit: number): Promise<NotAcceptedAgainItem[]> {
    const docs = await this.petitions.listByStatus('not-accepted-again', limit);
    return docs.map(itemOf);
  }
}

export interface NotAcceptedAgainItem {
  petitionId: string;
  caseNumber: string;
  receivedAt: string;
  channel: string;
  subject: string;
  originalPetitionId: string;
  originalCaseNumber: string;
  legalBasis: string;
  decidedAt: string;
}

function itemOf(doc: RoutingPetition): NotAcceptedAgainItem {
  const n = doc.notAcceptedAgain!;
  return {
    petitionId: doc._id,
    caseNumber: doc.caseNumber,
    receivedAt: iso(doc.receivedAt),
    channel: doc.caseFile.channel,
    subject: doc.caseFile.subject,
    originalPetitionId: n.originalPetitionId,
    originalCaseNumber: n.originalCaseNumber,
    legalBasis: n.legalBasis,
    decidedAt: iso(n.decidedAt),
  };
}
