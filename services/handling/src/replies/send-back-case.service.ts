import { Injectable } from '@nestjs/common';
import { Clock } from '@sunshine/platform';
import { ConfigService } from '@nestjs/config';
import type { Principal } from '@sunshine/auth';
import type { CaseRecord } from '../cases/case.schema';
import { toCaseResponse, type CaseResponseDto } from '../cases/dto/case.response.dto';
import { CaseWorkflowCommands } from '../case-workflow/case-workflow-commands.service';
import { leaderSendBack } from '../leader-cases/leader-review';

/** 发回重办: a leader sends a replied case back — or a closed one, within the review window (leader-review.ts). */
@Injectable()
export class SendBackCaseService {
  private readonly reopenDays: number;
  private readonly assistDays: number;

  constructor(
    private readonly commands: CaseWorkflowCommands,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.reopenDays = config.getOrThrow<number>('HANDLING_REOPEN_DAYS');
    this.assistDays = config.getOrThrow<number>('HANDLING_ASSIST_DAYS');
  }

  async sendBack(leader: Principal, petitionId: string, note: string): Promise<CaseResponseDto> {
    const record = await this.commands.run(leader, petitionId, (state, _actor, now) => leaderSendBack(state, note, now, { reopenDays: this.reopenDays }));
    return toCaseResponse(record as CaseRecord, this.assistDays, this.clock.now());
  }
}
