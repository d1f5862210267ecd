import { createEvent, NOT_ACCEPTED_AGAIN_BASIS, type DomainEvent, type EventMetadata } from '@sunshine/contracts';
import type { DuplicateDecision } from '../dedup/duplicate-detector';
import type { PetitionerIdentity } from '../dedup/petition-signature';

/**
 * 信访工作条例 art. 35 (不再受理): once a matter has been through review (复查) and re-review (复核) —
 * feedback concludes it with reason `review-exhausted` — the same person raising it again on the
 * same facts is not accepted again. Routing remembers such matters by their matter group (同一事项,
 * the duplicate index's group) with the blind identity keys of the petitioner whose chain ended;
 * a later repeat by that person (the duplicate decision says `repeat`) goes to a registrar
 * instead of a unit. Another person on the same matter is not bound by someone else's review
 * chain: their petition is linked or routed as usual.
 */

/** One case of a matter whose review chain is exhausted. */
export interface ExhaustedCase {
  petitionId: string;
  caseNumber: string;
  /** The blind identity keys of its petitioner (never a phone number or a name). */
  identity: PetitionerIdentity;
  petitionerRef?: string;
  concludedAt: Date;
}

/** `routing_exhausted_matters`: keyed by the matter group's id (the group's first petition). */
export interface ExhaustedMatter {
  _id: string;
  cases: ExhaustedCase[];
  processedEvents?: string[];
}

/** The new petition's person, as routing knows it: blind keys only. */
export interface Petitioner {
  petitionerRef?: string;
  identity: PetitionerIdentity;
}

const STRONG_KEYS = ['phone', 'idNumber', 'email'] as const;

/**
 * Whether two blind identities are the same person: the same reference, or any strong key
 * (phone, ID number, e-mail) in common; name + address only when neither has a strong key.
 */
export function samePetitioner(a: Petitioner, b: Petitioner): boolean {
  if (a.petitionerRef && a.petitionerRef === b.petitionerRef) return true;
  if (STRONG_KEYS.some((key) => a.identity[key] && a.identity[key] === b.identity[key])) return true;
  const strong = (p: Petitioner) => STRONG_KEYS.some((key) => p.identity[key]);
  return !strong(a) && !strong(b) && Boolean(a.identity.nameAddress) && a.identity.nameAddress === b.identity.nameAddress;
}

/**
 * The exhausted case a new petition repeats, if any: the duplicate decision must say `repeat`
 * (same person, same matter) and the matter must hold an exhausted case of that same person.
 */
export function exhaustedCaseFor(
  duplicate: Pick<DuplicateDecision, 'relation'>,
  matter: Pick<ExhaustedMatter, 'cases'> | null,
  petitioner: Petitioner,
): ExhaustedCase | undefined {
  if (duplicate.relation !== 'repeat' || !matter) return undefined;
  const mine = matter.cases.filter((c) => samePetitioner(c, petitioner));
  // The latest one: its conclusion is the one the petitioner last received.
  return mine.sort((a, b) => new Date(b.concludedAt).getTime() - new Date(a.concludedAt).getTime())[0];
}

/** What routing keeps on the record of a petition it did not accept again. */
export interface NotAcceptedAgain {
  originalPetitionId: string;
  originalCaseNumber: string;
  legalBasis: string;
  decidedAt: Date;
}

/** The record's fields and the event of a petition not accepted again (no unit, no triage). */
export function notAcceptedAgain(
  petitionId: string,
  caseNumber: string,
  exhausted: Pick<ExhaustedCase, 'petitionId' | 'caseNumber'>,
  now: Date,
  meta: EventMetadata,
): { fields: { status: 'not-accepted-again'; decision: 'repeat'; linkedTo: string; notAcceptedAgain: NotAcceptedAgain }; event: DomainEvent } {
  const legalBasis = NOT_ACCEPTED_AGAIN_BASIS['zh-CN'];
  const event = createEvent(
    'petition.not-accepted-again',
    { petitionId },
    { caseNumber, originalPetitionId: exhausted.petitionId, originalCaseNumber: exhausted.caseNumber, legalBasis, decidedAt: now.toISOString() },
    meta,
  );
  return {
    fields: {
      status: 'not-accepted-again',
      decision: 'repeat',
      linkedTo: exhausted.petitionId,
      notAcceptedAgain: { originalPetitionId: exhausted.petitionId, originalCaseNumber: exhausted.caseNumber, legalBasis, decidedAt: now },
    },
    event,
  };
}
