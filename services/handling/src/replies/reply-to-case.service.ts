import { Injectable } from '@nestjs/common';
import type { Principal } from '@sunshine/auth';
import { reply } from '../cases/case';
import { CaseCommands } from '../cases/case-commands.service';
import { toCaseResponse, type CaseResponseDto } from '../cases/dto/case.response.dto';
import type { ReplyToCaseRequest } from './dto/reply-to-case.request.dto';

@Injectable()
export class ReplyToCaseService {
  constructor(private readonly commands: CaseCommands) {}

  async reply(principal: Principal, petitionId: string, body: ReplyToCaseRequest): Promise<CaseResponseDto> {
    const input = { outcome: body.outcome, text: body.text };
    return toCaseResponse(await this.commands.run(principal, petitionId, (state, actor, now) => reply(state, actor, input, now)));
  }
}
