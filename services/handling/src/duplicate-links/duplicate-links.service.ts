import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@sunshine/contracts';
import type { HandleOutcome } from '@sunshine/messaging';
import { applyLink, applyUndo, visibleLinks, type LinkChange } from './duplicate-links';
import { DuplicateLinksRepository } from './duplicate-links.repository';

export interface CaseDuplicate {
  petitionId: string;
  caseNumber: string;
  relation: 'repeat' | 'joint';
  similarity: number;
  linkedAt: string;
}

/**
 * The duplicates of each case (判重并案), for the unit's case view, from routing's
 * `petition.duplicate-linked` and `petition.link-undone` (delivered by RoutingEventsConsumer).
 */
@Injectable()
export class DuplicateLinksService {
  constructor(private readonly links: DuplicateLinksRepository) {}

  async handle(event: DomainEvent): Promise<HandleOutcome> {
    const petitionId = event.petitionId!;
    const existing = await this.links.findById(petitionId);
    let change: LinkChange;
    if (event.type === 'petition.duplicate-linked') {
      const p = (event as DomainEvent<'petition.duplicate-linked'>).payload;
      change = applyLink(existing, {
        petitionId,
        originalPetitionId: p.originalPetitionId,
        caseNumber: p.caseNumber,
        relation: p.relation,
        similarity: p.similarity,
        at: new Date(event.occurredAt),
        eventId: event.id,
        confidential: p.confidential === true,
      });
    } else if (event.type === 'petition.link-undone') {
      const p = (event as DomainEvent<'petition.link-undone'>).payload;
      change = applyUndo(existing, { petitionId, originalPetitionId: p.originalPetitionId, caseNumber: p.caseNumber, at: new Date(p.undoneAt), eventId: event.id });
    } else return 'ignored';
    if (change.kind === 'duplicate') return 'duplicate';
    if (change.kind === 'ignored') return 'ignored';
    await this.links.save(change.record);
    return 'applied';
  }

  /** What the unit sees of a case's duplicates: numbers, relation, when; never a petitioner. */
  async ofCase(petitionId: string): Promise<CaseDuplicate[]> {
    return visibleLinks(await this.links.ofCase(petitionId)).map((r) => ({
      petitionId: r._id,
      caseNumber: r.caseNumber,
      relation: r.relation,
      similarity: r.similarity,
      linkedAt: r.linkedAt.toISOString(),
    }));
  }
}
