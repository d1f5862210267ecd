import { createEvent, type DomainEvent, type EventMetadata } from '@sunshine/contracts';
import { assignmentDeadlines, type DeadlineRules } from '../deadlines/statutory-deadlines';
import type { RoutingProposal } from '../rules/routing-rules';
import type { Assignment, RoutingPetition } from './routing-petition';
import { unitById, type UnitCatalogue } from './unit-catalogue';

/**
 * An assignment (交办) and the event that hands the case file to its unit, shared by the first
 * decision, a leader's instruction and a reassignment after a return. Plain functions: the
 * callers bring the catalogue, the deadline rules and the time.
 */

/** The assignment of a proposal made at `at`: units, the rule version, and the deadlines. */
export function assignmentOf(
  proposal: Pick<RoutingProposal, 'lead' | 'assisting' | 'ruleVersion'>,
  receivedAt: Date,
  at: Date,
  deadlines: DeadlineRules,
  dueBy?: string,
  extra: Partial<Assignment> = {},
): Assignment {
  const due = assignmentDeadlines(receivedAt, at, deadlines, dueBy ? new Date(dueBy) : undefined);
  return {
    leadUnitId: proposal.lead.id,
    assistingUnitIds: proposal.assisting.map((u) => u.id),
    ...due,
    at,
    ruleVersion: proposal.ruleVersion,
    ...extra,
  };
}

/** The unit's case file as an event (petition.assigned or petition.reassigned). */
export function assignedEvent(catalogue: UnitCatalogue, type: 'petition.assigned', doc: RoutingPetition, meta: EventMetadata): DomainEvent;
export function assignedEvent(
  catalogue: UnitCatalogue,
  type: 'petition.reassigned',
  doc: RoutingPetition,
  meta: EventMetadata,
  extra: { previousUnitId: string; reason: string },
): DomainEvent;
export function assignedEvent(
  catalogue: UnitCatalogue,
  type: 'petition.assigned' | 'petition.reassigned',
  doc: RoutingPetition,
  meta: EventMetadata,
  extra?: { previousUnitId: string; reason: string },
): DomainEvent {
  const assignment = doc.assignment!;
  const lead = unitById(catalogue, assignment.leadUnitId)!;
  const payload = {
    caseNumber: doc.caseNumber,
    leadUnitId: lead.id,
    leadUnitName: lead.name,
    assistingUnitIds: assignment.assistingUnitIds,
    ...(assignment.leaderInCharge ? { leaderInCharge: assignment.leaderInCharge } : {}),
    ...(assignment.instruction ? { instruction: assignment.instruction } : {}),
    acceptBy: assignment.acceptBy.toISOString(),
    handleBy: assignment.handleBy.toISOString(),
    returnBy: assignment.returnBy.toISOString(),
    // An upper-level office's own date travels with the case file: handling keeps it through acceptance.
    ...(doc.caseFile.dueBy ? { dueBy: new Date(doc.caseFile.dueBy).toISOString() } : {}),
    channel: doc.caseFile.channel,
    kind: doc.triage!.kind,
    category: { level1: doc.triage!.category },
    subject: doc.caseFile.subject,
    text: doc.caseFile.text,
    receivedAt: new Date(doc.caseFile.receivedAt).toISOString(),
    confidential: doc.caseFile.confidential,
    ruleVersion: assignment.ruleVersion,
    ...(doc.accusedUnitIds?.length ? { accusedUnitIds: doc.accusedUnitIds } : {}),
  };
  return type === 'petition.assigned'
    ? createEvent('petition.assigned', { petitionId: doc._id }, payload, meta)
    : createEvent('petition.reassigned', { petitionId: doc._id }, { ...payload, ...extra! }, meta);
}
