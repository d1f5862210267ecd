import { createEvent, type DomainEvent, type EventMetadata, type PetitionRegistered } from '@sunshine/contracts';
import type { UrgencyDecision } from '../classification/urgency-detector';
import { decideRegistration, type LeaderFacts, type RoutingContext } from '../routing/route-decision';
import type { RoutingPetition } from '../routing/routing-petition';
import { PetitionNotLinked } from './registrar.errors';

export interface UndoLinkInput {
  undoneBy: string;
  reason: string;
  now: Date;
  meta: EventMetadata;
  urgency: Pick<UrgencyDecision, 'urgent' | 'signals'>;
  routing: RoutingContext;
  leaders?: LeaderFacts;
}

export interface UndoLinkDecision {
  /** The fields the routing record takes (one conditional update with the events). */
  set: Record<string, unknown>;
  /** `petition.link-undone`, then the fresh routing events (triaged, then assigned or instruction-requested). */
  events: DomainEvent[];
  originalPetitionId: string;
}

/**
 * A registrar undoes a wrong duplicate link (撤销判重): the petition is routed afresh as new work
 * by the same pure decision as a registration, with the duplicate decision forced to `new`.
 * The escalations it raised at registration were published then and are not repeated.
 */
export function undoLink(doc: RoutingPetition, input: UndoLinkInput): UndoLinkDecision {
  if (doc.status !== 'linked' || !doc.linkedTo) throw new PetitionNotLinked();
  const { caseFile } = doc;
  const payload = {
    caseNumber: doc.caseNumber,
    channel: caseFile.channel,
    subject: caseFile.subject,
    text: caseFile.text,
    receivedAt: new Date(caseFile.receivedAt).toISOString(),
    confidential: caseFile.confidential,
    ...(caseFile.dueBy ? { dueBy: new Date(caseFile.dueBy).toISOString() } : {}),
    ...(doc.petitionerRef ? { petitionerRef: doc.petitionerRef } : {}),
    petitionerKeys: {},
    attachments: [],
  } as unknown as PetitionRegistered;
  const fresh = decideRegistration({
    petitionId: doc._id,
    eventId: `undo-link:${doc._id}`,
    payload,
    now: input.now,
    meta: input.meta,
    duplicate: { relation: 'new', similarity: 0, possibleReview: false },
    original: null,
    urgency: input.urgency,
    routing: input.routing,
    ...(input.leaders ? { leaders: input.leaders } : {}),
  });
  const undone = createEvent(
    'petition.link-undone',
    { petitionId: doc._id },
    { caseNumber: doc.caseNumber, originalPetitionId: doc.linkedTo, undoneBy: input.undoneBy, reason: input.reason, undoneAt: input.now.toISOString() },
    input.meta,
  );
  const { record } = fresh;
  const set: Record<string, unknown> = {
    status: record.status,
    decision: 'new',
    linkedTo: null,
    caseFile: record.caseFile,
    triage: record.triage,
    proposal: record.proposal,
    ...(record.assignment ? { assignment: record.assignment } : {}),
    ...(record.sealed ? { sealed: true, accusedUnitIds: record.accusedUnitIds ?? [] } : {}),
    linkUndone: { originalPetitionId: doc.linkedTo, by: input.undoneBy, reason: input.reason, at: input.now },
    // The duplicate index's record: a group of its own, so a restart does not link it again.
    'dedup.groupId': doc._id,
  };
  return { set, events: [undone, ...fresh.events.filter((e) => e.type !== 'petition.escalated')], originalPetitionId: doc.linkedTo };
}
