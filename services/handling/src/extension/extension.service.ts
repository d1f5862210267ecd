import { Injectable } from '@nestjs/common';
import { Clock } from '@sunshine/platform';
import { ConfigService } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@sunshine/auth';
import { toCaseResponse, type CaseResponseDto } from '../cases/dto/case.response.dto';
import type { CaseRecord } from '../cases/case.schema';
import { CaseWorkflowCommands } from '../case-workflow/case-workflow-commands.service';
import { CaseWorkflowRepository } from '../case-workflow/case-workflow.repository';
import type { DecideExtensionRequest, ListExtensionRequestsQuery, RequestExtensionRequest } from './dto/extension.request.dto';
import type { ExtensionRequestCreatedDto, ExtensionRequestListDto } from './dto/extension.response.dto';
import { decideExtension, requestExtension } from './extension';

/** 延期 by approval: the unit asks, a leader approves or refuses. */
@Injectable()
export class ExtensionService {
  private readonly assistDays: number;

  constructor(
    private readonly commands: CaseWorkflowCommands,
    private readonly cases: CaseWorkflowRepository,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.assistDays = config.getOrThrow<number>('HANDLING_ASSIST_DAYS');
  }

  async request(principal: Principal, petitionId: string, body: RequestExtensionRequest): Promise<ExtensionRequestCreatedDto> {
    const requestId = randomUUID();
    await this.commands.run(principal, petitionId, (state, actor, now) => requestExtension(state, actor, body, requestId, now));
    return { requestId };
  }

  async decide(principal: Principal, petitionId: string, requestId: string, body: DecideExtensionRequest): Promise<CaseResponseDto> {
    const input = { requestId, approve: body.approve, ...(body.comment !== undefined ? { comment: body.comment } : {}) };
    const record = await this.commands.run(principal, petitionId, (state, actor, now) => decideExtension(state, actor, input, now));
    return toCaseResponse(record as CaseRecord, this.assistDays, this.clock.now());
  }

  async list(query: ListExtensionRequestsQuery): Promise<ExtensionRequestListDto> {
    const status = query.status ?? 'pending';
    const records = await this.cases.withExtensionRequests(status === 'pending');
    const items = records.flatMap((record) =>
      (record.extensionRequests ?? [])
        .filter((r) => status === 'all' || r.status === status)
        .map((r) => ({
          petitionId: record._id,
          caseNumber: record.caseNumber,
          subject: record.subject,
          leadUnitId: record.leadUnitId,
          leadUnitName: record.leadUnitName,
          requestId: r.requestId,
          days: r.days,
          reason: r.reason,
          status: r.status,
          requestedAt: new Date(r.requestedAt).toISOString(),
          handleBy: new Date(record.handleBy).toISOString(),
          ...(r.decidedBy ? { decidedBy: r.decidedBy } : {}),
        })),
    );
    return { items };
  }
}
