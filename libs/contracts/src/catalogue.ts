import type { EventDefinition } from './define-event';
import { PetitionRegisteredEvent } from './events/intake/petition-registered';
import { PetitionWithdrawnEvent } from './events/feedback/petition-withdrawn';
import { PetitionAssignedEvent } from './events/routing/petition-assigned';
import { PetitionDuplicateLinkedEvent } from './events/routing/petition-duplicate-linked';
import { PetitionEscalatedEvent } from './events/routing/petition-escalated';
import { PetitionInstructedEvent } from './events/routing/petition-instructed';
import { PetitionInstructionRequestedEvent } from './events/routing/petition-instruction-requested';
import { PetitionLeaderInstructedEvent } from './events/routing/petition-leader-instructed';
import { PetitionLinkUndoneEvent } from './events/routing/petition-link-undone';
import { PetitionNotAcceptedAgainEvent } from './events/routing/petition-not-accepted-again';
import { PetitionReassignedEvent } from './events/routing/petition-reassigned';
import { PetitionTriagedEvent } from './events/routing/petition-triaged';
import {
  CaseAcceptedEvent,
  CaseClosedEvent,
  CaseExtendedEvent,
  CaseNotAcceptedEvent,
  CaseRepliedEvent,
  CaseReopenedEvent,
  CaseReturnedEvent,
} from './events/handling/case-events';
import {
  CaseAssistOpinionSubmittedEvent,
  CaseCompletionReportedEvent,
  CaseCoordinationRequestedEvent,
  CaseExtensionRefusedEvent,
  CaseExtensionRequestedEvent,
  CaseJointConvenedEvent,
  CaseTransferredEvent,
} from './events/handling/case-workflow-events';
import { CaseOrderAnsweredEvent } from './events/handling/case-order-answered';
import { CaseRehandlingLimitReachedEvent } from './events/handling/case-rehandling-limit-reached';
import {
  FeedbackRatedEvent,
  FeedbackReviewDecidedEvent,
  FeedbackReviewRequestedEvent,
  FeedbackVisitedEvent,
  PetitionConcludedEvent,
} from './events/feedback/feedback-events';
import {
  AppraisalPublishedEvent,
  BulletinPublishedEvent,
  SupervisionOrderIssuedEvent,
  SupervisionRemindedEvent,
} from './events/supervision/supervision-events';

/** Every event the system publishes, in the order of a petition's life. */
export const Catalogue = [
  PetitionRegisteredEvent,
  PetitionWithdrawnEvent,
  PetitionDuplicateLinkedEvent,
  PetitionLinkUndoneEvent,
  PetitionNotAcceptedAgainEvent,
  PetitionTriagedEvent,
  PetitionEscalatedEvent,
  PetitionInstructionRequestedEvent,
  PetitionInstructedEvent,
  PetitionAssignedEvent,
  PetitionReassignedEvent,
  PetitionLeaderInstructedEvent,
  CaseAcceptedEvent,
  CaseNotAcceptedEvent,
  CaseTransferredEvent,
  CaseReturnedEvent,
  CaseExtensionRequestedEvent,
  CaseExtensionRefusedEvent,
  CaseExtendedEvent,
  CaseAssistOpinionSubmittedEvent,
  CaseJointConvenedEvent,
  CaseCoordinationRequestedEvent,
  CaseRepliedEvent,
  CaseCompletionReportedEvent,
  CaseReopenedEvent,
  CaseRehandlingLimitReachedEvent,
  CaseClosedEvent,
  CaseOrderAnsweredEvent,
  FeedbackVisitedEvent,
  FeedbackRatedEvent,
  FeedbackReviewRequestedEvent,
  FeedbackReviewDecidedEvent,
  PetitionConcludedEvent,
  SupervisionRemindedEvent,
  SupervisionOrderIssuedEvent,
  BulletinPublishedEvent,
  AppraisalPublishedEvent,
] as const;

type AnyDefinition = (typeof Catalogue)[number];

/** `petition.registered` | `case.replied` | … */
export type EventType = AnyDefinition['type'];

/** The payload class instance type of an event type. */
export type PayloadOf<T extends EventType> =
  Extract<AnyDefinition, { type: T }> extends EventDefinition<T, infer P> ? P : never;

const byType = new Map<string, EventDefinition>(Catalogue.map((d) => [d.type, d as EventDefinition]));

export function definitionOf(type: string): EventDefinition | undefined {
  return byType.get(type);
}

export function isEventType(type: string): type is EventType {
  return byType.has(type);
}
