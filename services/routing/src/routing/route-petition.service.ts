import { Injectable } from '@nestjs/common';
import type { DomainEvent, EventEnvelope, PetitionRegistered } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { isSealedReport } from '../accusations/sealing';
import { detectUrgency } from '../classification/urgency-detector';
import { ConcludedMattersService } from '../concluded-matters/concluded-matters.service';
import type { PetitionForDedup } from '../dedup/petition-signature';
import { RoutingIntelligence, type PetitionVectors } from '../intelligence/routing-intelligence.provider';
import { LeaderCatalogueProvider } from '../leaders/leader-catalogue.provider';
import { RoutingRulesRepository } from '../rules/routing-rules.repository';
import { decideRegistration, linksToOriginal, type RegistrationFacts } from './route-decision';
import type { RoutingStatus } from './routing-petition';
import { RoutingPetitionRepository } from './routing-petition.repository';
import { RoutingPolicy } from './routing-policy.provider';
import { UnitCatalogueProvider } from './unit-catalogue.provider';

/** A queue of one: decisions on registrations are taken one at a time, so each sees the last. */
class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

/**
 * Gathers the facts for routing's decision on each registered petition (the duplicate index,
 * the original case, the classifier, the rules in force), lets `route-decision.ts` decide, and
 * stores the decision with its events in one insert. Later case events update the status the
 * duplicate index relies on.
 */
@Injectable()
export class RoutePetitionService {
  private readonly serial = new Serial();

  constructor(
    private readonly petitions: RoutingPetitionRepository,
    private readonly messaging: MessagingService,
    private readonly intelligence: RoutingIntelligence,
    private readonly rules: RoutingRulesRepository,
    private readonly units: UnitCatalogueProvider,
    private readonly policy: RoutingPolicy,
    private readonly clock: Clock,
    private readonly leaders: LeaderCatalogueProvider,
    private readonly concluded: ConcludedMattersService,
  ) {}

  async onRegistered(event: EventEnvelope<'petition.registered', PetitionRegistered>): Promise<HandleOutcome> {
    // The model runs before the serial section: only the decision and the index update are serial.
    const vectors = await this.intelligence.embed(event.payload.text);
    return this.serial.run(() => this.decide(event, vectors));
  }

  private async decide(event: EventEnvelope<'petition.registered', PetitionRegistered>, vectors?: PetitionVectors): Promise<HandleOutcome> {
    const petitionId = event.petitionId!;
    const { payload } = event;
    const now = this.clock.now();
    const receivedAt = new Date(payload.receivedAt);
    const petition: PetitionForDedup = {
      petitionId,
      caseNumber: payload.caseNumber,
      receivedAt,
      channel: payload.channel,
      subject: payload.subject,
      text: payload.text,
      identity: payload.petitionerKeys,
    };
    const detector = this.intelligence.detector;
    const features = detector.features(petition);
    if (vectors) Object.assign(features, vectors);
    const duplicate = detector.decide(petition, features);
    const original = duplicate.linkedTo ? await this.petitions.findOriginal(duplicate.linkedTo.petitionId) : null;
    const urgency = detectUrgency({ subject: payload.subject, text: payload.text, receivedAt });
    // An escalation also notifies the leader in charge of the case it joins (rare: read only then).
    const joined = (urgency.urgent || duplicate.groupEscalation) && duplicate.linkedTo ? await this.petitions.findById(duplicate.linkedTo.petitionId) : null;
    const mailboxLeaderId = this.leaders.mailboxLeader(payload.channel);
    // 条例 art. 35: the same person's matter after re-review (a report of misconduct is always handled).
    const exhausted = isSealedReport(payload) ? undefined : await this.concluded.exhaustedFor(duplicate, { identity: payload.petitionerKeys, ...(payload.petitionerRef ? { petitionerRef: payload.petitionerRef } : {}) });
    const facts: RegistrationFacts = {
      petitionId,
      eventId: event.id,
      payload,
      now,
      meta: this.messaging.eventMeta(now),
      duplicate,
      original,
      urgency,
      leaders: { escalationLeaderIds: this.leaders.escalationLeaders(joined?.assignment?.leaderInCharge), ...(mailboxLeaderId ? { mailboxLeaderId } : {}) },
      ...(exhausted ? { exhausted: { petitionId: exhausted.petitionId, caseNumber: exhausted.caseNumber } } : {}),
    };
    // The classifier and the rules are consulted only for new work, not for a linked duplicate.
    if (!exhausted && !linksToOriginal(facts)) {
      const prediction = this.intelligence.classifier?.predict({ subject: payload.subject, text: payload.text });
      const rules = await this.rules.active();
      facts.routing = { catalogue: this.units.catalogue, rules, ...(prediction ? { prediction } : {}), ...this.policyFacts() };
    }
    const { record, events } = decideRegistration(facts);

    // One write: the decision, its events and the duplicate index's record.
    const signature = detector.recordOf(petition, features, duplicate.groupId);
    // A petition not accepted again opens no case: never one for later repeats to be linked to.
    const stored = record.status === 'not-accepted-again' ? { ...signature, state: 'closed' as const, closedAt: now.toISOString() } : signature;
    const outcome = await this.petitions.insertDecision(record, stored, events);
    if (outcome === 'applied') detector.add(stored, features);
    return outcome;
  }

  private policyFacts() {
    const { deadlines, instructionPolicy, minConfidence } = this.policy;
    return { deadlines, instructionPolicy, minConfidence };
  }

  /** Later events tell routing (and its duplicate index) whether a case is still open. */
  async onCaseEvent(event: DomainEvent): Promise<HandleOutcome> {
    if (!event.petitionId) return 'ignored';
    const at = new Date(event.occurredAt);
    let status: RoutingStatus | undefined;
    if (event.type === 'case.replied') status = 'replied';
    else if (event.type === 'case.reopened') status = 'assigned';
    else if (event.type === 'case.closed') status = 'closed';
    else if (event.type === 'petition.concluded') status = 'concluded';
    else if (event.type === 'petition.withdrawn') status = 'withdrawn';
    if (!status) return 'ignored';
    // The routing status and the duplicate index's record change in the same write.
    const changes: Record<string, unknown> =
      status === 'replied'
        ? { repliedAt: at, 'dedup.state': 'replied', 'dedup.repliedAt': at.toISOString() }
        : status === 'assigned'
          ? { 'dedup.state': 'open' }
          : { 'dedup.state': 'closed', 'dedup.closedAt': at.toISOString() };
    const result = await this.petitions.applyCaseStatus(event.petitionId, event.id, status, changes);
    if (result === 'applied') {
      const detector = this.intelligence.detector;
      if (status === 'replied') detector.markReplied(event.petitionId, at);
      else if (status === 'assigned') detector.markReopened(event.petitionId);
      else detector.markClosed(event.petitionId, at);
    }
    return result === 'not-matched' ? 'ignored' : result;
  }
}
