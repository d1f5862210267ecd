import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@sunshine/contracts';
import type { HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { CaseNumberRepository } from './case-number.repository';
import { FeedbackCaseRepository } from './feedback-case.repository';

/** A document created by a handling event before intake's registration arrived. */
const NOT_REPLIED = { status: 'registered' as const, round: 0 };

/**
 * Keeps feedback's record of each petition current: the credential from intake, the reply
 * round and unit from handling. Only the latest reply may be rated; a reopened or closed case
 * has none open for rating.
 */
@Injectable()
export class FeedbackCaseService {
  constructor(
    private readonly cases: FeedbackCaseRepository,
    private readonly caseNumbers: CaseNumberRepository,
    private readonly clock: Clock,
  ) {}

  async onRegistered(event: DomainEvent<'petition.registered'>): Promise<HandleOutcome> {
    const { caseNumber, queryCodeVerifier } = event.payload;
    await this.caseNumbers.link(caseNumber, event.petitionId!);
    return this.cases.apply(event.petitionId!, event.id, { caseNumber, queryCodeVerifier }, NOT_REPLIED, this.clock.now());
  }

  async onReplied(event: DomainEvent<'case.replied'>): Promise<HandleOutcome> {
    const { caseNumber, unitId, round, repliedAt } = event.payload;
    await this.caseNumbers.link(caseNumber, event.petitionId!);
    return this.cases.apply(event.petitionId!, event.id, { caseNumber, status: 'replied', round, unitId, repliedAt: new Date(repliedAt) }, {}, this.clock.now());
  }

  async onReopened(event: DomainEvent<'case.reopened'>): Promise<HandleOutcome> {
    return this.cases.apply(event.petitionId!, event.id, { caseNumber: event.payload.caseNumber, status: 'reopened' }, { round: 0 }, this.clock.now());
  }

  async onClosed(event: DomainEvent<'case.closed'>): Promise<HandleOutcome> {
    return this.cases.apply(event.petitionId!, event.id, { caseNumber: event.payload.caseNumber, status: 'closed' }, { round: 0 }, this.clock.now());
  }

  /** 判重: this petition's petitioner rates the original's reply (their rating does not decide it). */
  async onDuplicateLinked(event: DomainEvent<'petition.duplicate-linked'>): Promise<HandleOutcome> {
    const { caseNumber, originalPetitionId, originalCaseNumber, relation } = event.payload;
    if (originalPetitionId === event.petitionId) return 'ignored';
    await this.caseNumbers.link(caseNumber, event.petitionId!);
    const linkedTo = { petitionId: originalPetitionId, caseNumber: originalCaseNumber, relation };
    return this.cases.apply(event.petitionId!, event.id, { caseNumber, linkedTo }, NOT_REPLIED, this.clock.now());
  }

  /** A wrong link undone by the registrar: the petition is a case of its own again. */
  async onLinkUndone(event: DomainEvent<'petition.link-undone'>): Promise<HandleOutcome> {
    const { caseNumber } = event.payload;
    return this.cases.apply(event.petitionId!, event.id, { caseNumber, linkedTo: null }, NOT_REPLIED, this.clock.now());
  }
}
