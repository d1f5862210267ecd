import { Injectable } from '@nestjs/common';
import { Clock } from '@sunshine/platform';
import { ConfigService } from '@nestjs/config';
import type { Principal } from '@sunshine/auth';
import type { CaseRecord } from '../cases/case.schema';
import { toCaseResponse, type CaseResponseDto } from '../cases/dto/case.response.dto';
import { CaseWorkflowCommands } from '../case-workflow/case-workflow-commands.service';
import { CaseWorkflowRepository } from '../case-workflow/case-workflow.repository';
import type { CoordinationRequestListDto } from './dto/coordination.response.dto';
import type { ConveneCaseRequest } from './dto/joint-handling.request.dto';
import { convene, requestCoordination, submitAssistOpinion } from './joint-handling';

/** 协办意见, 联席会商 and 申请协调 (MISSION 3.2). */
@Injectable()
export class JointHandlingService {
  private readonly assistDays: number;

  constructor(
    private readonly commands: CaseWorkflowCommands,
    private readonly cases: CaseWorkflowRepository,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.assistDays = config.getOrThrow<number>('HANDLING_ASSIST_DAYS');
  }

  private view(record: unknown): CaseResponseDto {
    return toCaseResponse(record as CaseRecord, this.assistDays, this.clock.now());
  }

  async submitOpinion(principal: Principal, petitionId: string, opinion: string): Promise<CaseResponseDto> {
    const policy = { assistDays: this.assistDays };
    return this.view(await this.commands.run(principal, petitionId, (state, actor, now) => submitAssistOpinion(state, actor, opinion, now, policy)));
  }

  async convene(principal: Principal, petitionId: string, body: ConveneCaseRequest): Promise<CaseResponseDto> {
    const input = { participantUnitIds: body.participantUnitIds, opinion: body.opinion };
    return this.view(await this.commands.run(principal, petitionId, (state, actor, now) => convene(state, actor, input, now)));
  }

  async requestCoordination(principal: Principal, petitionId: string, reason: string): Promise<CaseResponseDto> {
    return this.view(await this.commands.run(principal, petitionId, (state, actor, now) => requestCoordination(state, actor, reason, now)));
  }

  async coordinationRequests(): Promise<CoordinationRequestListDto> {
    const records = await this.cases.awaitingCoordination();
    return {
      items: records
        .filter((r) => r.coordination?.status === 'pending')
        .map((r) => ({
          petitionId: r._id,
          caseNumber: r.caseNumber,
          subject: r.subject,
          unitId: r.coordination!.unitId,
          reason: r.coordination!.reason,
          requestedAt: new Date(r.coordination!.requestedAt).toISOString(),
        })),
    };
  }
}
