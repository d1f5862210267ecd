import { Injectable } from '@nestjs/common';
import type { Principal } from '@sunshine/auth';
import { Clock } from '@sunshine/platform';
import { CaseWorkflowRepository } from '../case-workflow/case-workflow.repository';
import { latestExtension } from '../extension/extension';
import type { LeaderCaseListDto } from './dto/leader-cases.response.dto';
import { leaderCaseLine } from './leader-review';

/** 领导包案: a leader's own cases with their warning lights. */
@Injectable()
export class LeaderCasesService {
  constructor(
    private readonly cases: CaseWorkflowRepository,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal): Promise<LeaderCaseListDto> {
    // A leader token without a leader id is in charge of no case.
    if (!principal.leaderId) return { leaderId: '', items: [] };
    const now = this.clock.now();
    const records = await this.cases.inChargeOf(principal.leaderId);
    return {
      leaderId: principal.leaderId,
      items: records.map((record) => {
        const line = leaderCaseLine(record, now);
        const extension = latestExtension(record);
        return {
          petitionId: line.petitionId,
          caseNumber: line.caseNumber,
          subject: record.subject,
          status: line.status,
          leadUnitId: line.leadUnitId,
          leadUnitName: record.leadUnitName,
          light: line.light,
          deadlines: { acceptBy: new Date(line.deadlines.acceptBy).toISOString(), handleBy: new Date(line.deadlines.handleBy).toISOString() },
          ...(extension?.status === 'pending' ? { extensionStatus: 'pending' } : {}),
        };
      }),
    };
  }
}
