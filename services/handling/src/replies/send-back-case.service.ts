import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Principal } from '@sunshine/auth';
import { sendBack } from '../cases/case';
import { CaseCommands } from '../cases/case-commands.service';
import { toCaseResponse, type CaseResponseDto } from '../cases/dto/case.response.dto';

@Injectable()
export class SendBackCaseService {
  private readonly reopenDays: number;

  constructor(
    private readonly commands: CaseCommands,
    config: ConfigService,
  ) {
    this.reopenDays = config.getOrThrow<number>('HANDLING_REOPEN_DAYS');
  }

  async sendBack(leader: Principal, petitionId: string, note: string): Promise<CaseResponseDto> {
    return toCaseResponse(
      await this.commands.run(leader, petitionId, (state, _actor, now) => sendBack(state, note, now, { handleDays: 0, reopenDays: this.reopenDays })),
    );
  }
}
