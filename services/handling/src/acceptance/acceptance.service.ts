import { Injectable } from '@nestjs/common';
import { Clock } from '@sunshine/platform';
import type { Principal } from '@sunshine/auth';
import { CaseCommands } from '../cases/case-commands.service';
import type { CaseRecord } from '../cases/case.schema';
import { toCaseResponse, type CaseResponseDto } from '../cases/dto/case.response.dto';
import { refuseAccusedSuggestion } from '../accusations/accused-units';
import { accept, notAccept, returnCase, transfer } from './acceptance';
import type { NotAcceptCaseRequest } from './dto/not-accept-case.request.dto';
import type { ReturnCaseRequest } from './dto/return-case.request.dto';
import type { TransferCaseRequest } from './dto/transfer-case.request.dto';

/** The lead unit's first decision on a case: accept (受理), decline (不予受理), transfer (转送) or return (退回). */
@Injectable()
export class AcceptanceService {
  constructor(
    private readonly commands: CaseCommands,
    private readonly clock: Clock,
  ) {}

  /** The case as the caller sees it, with the configured days for assisting opinions. */
  private view(record: CaseRecord): CaseResponseDto {
    return toCaseResponse(record, this.commands.assistDays, this.clock.now());
  }

  async accept(principal: Principal, petitionId: string): Promise<CaseResponseDto> {
    const policy = this.commands.policy;
    return this.view(await this.commands.run(principal, petitionId, (state, actor, now) => accept(state, actor, now, policy)));
  }

  async notAccept(principal: Principal, petitionId: string, body: NotAcceptCaseRequest): Promise<CaseResponseDto> {
    const input = {
      ...(body.reasonCode ? { reasonCode: body.reasonCode } : {}),
      ...(body.reason ? { reason: body.reason } : {}),
      ...(body.legalBasis ? { legalBasis: body.legalBasis } : {}),
    };
    return this.view(await this.commands.run(principal, petitionId, (state, actor, now) => notAccept(state, actor, input, now)));
  }

  async transfer(principal: Principal, petitionId: string, body: TransferCaseRequest): Promise<CaseResponseDto> {
    const input = { toBody: body.toBody, reason: body.reason, legalBasis: body.legalBasis };
    return this.view(await this.commands.run(principal, petitionId, (state, actor, now) => transfer(state, actor, input, now)));
  }

  async return(principal: Principal, petitionId: string, body: ReturnCaseRequest): Promise<CaseResponseDto> {
    const input = { reason: body.reason, ...(body.suggestedUnitId ? { suggestedUnitId: body.suggestedUnitId } : {}) };
    const decide = (state: Parameters<typeof returnCase>[0], actor: Parameters<typeof returnCase>[1], now: Date) => {
      const decision = returnCase(state, actor, input, now);
      // 条例 art. 45: a report is never steered to a unit it accuses (accused-units.ts).
      refuseAccusedSuggestion((state as { accusedUnitIds?: string[] }).accusedUnitIds, input.suggestedUnitId);
      return decision;
    };
    return this.view(await this.commands.run(principal, petitionId, decide));
  }
}
