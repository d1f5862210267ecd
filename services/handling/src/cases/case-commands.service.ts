import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createEvent, type DomainEvent } from '@sunshine/contracts';
import { unitScope, type Principal } from '@sunshine/auth';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import type { Actor, CaseDecision, CaseState, HandlingPolicy } from './case';
import { CaseBusy, CaseNotFound } from './case.errors';
import { CaseRepository } from './case.repository';
import { CASES, type CaseRecord } from './case.schema';

/** How many times a command re-reads and decides again when a concurrent change won. */
const MAX_ATTEMPTS = 5;

/**
 * Runs a unit's command on a case: read it within the caller's scope, let the domain decide,
 * write the new state and its event in one conditional update, and ask the relay to publish.
 * A concurrent change makes the write miss; the command then decides again on the fresh state,
 * so the loser of two simultaneous accepts gets the domain's 409, never a second event.
 */
@Injectable()
export class CaseCommands {
  readonly policy: HandlingPolicy;
  /** HANDLING_ASSIST_DAYS: every case view shows the assisting opinions' due date with it. */
  readonly assistDays: number;

  constructor(
    private readonly cases: CaseRepository,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.policy = {
      handleDays: config.getOrThrow<number>('HANDLING_HANDLE_DAYS'),
      reopenDays: config.getOrThrow<number>('HANDLING_REOPEN_DAYS'),
      timeZone: config.get<string>('HANDLING_TIME_ZONE') ?? 'Asia/Shanghai',
    };
    this.assistDays = config.getOrThrow<number>('HANDLING_ASSIST_DAYS');
  }

  async run(principal: Principal, petitionId: string, decide: (state: CaseState, actor: Actor, now: Date) => CaseDecision): Promise<CaseRecord> {
    const scope = unitScope(principal);
    const actor: Actor = { subject: principal.subject, ...(principal.unitId ? { unitId: principal.unitId } : {}) };
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const record = await this.cases.findVisible(scope, petitionId);
      if (!record) throw new CaseNotFound();
      const now = this.clock.now();
      const decision = decide(record, actor, now);
      const event = this.eventOf(petitionId, decision, now);
      if (await this.cases.apply(petitionId, record.version, decision, [event], now)) {
        this.messaging.kick(CASES, [petitionId]);
        return (await this.cases.findById(petitionId))!;
      }
    }
    throw new CaseBusy();
  }

  /** The decision's event, with the correlation and causation of the current request or event. */
  eventOf(petitionId: string, decision: CaseDecision, now: Date): DomainEvent {
    return createEvent(decision.event.type, { petitionId }, decision.event.payload as never, this.messaging.eventMeta(now));
  }
}
