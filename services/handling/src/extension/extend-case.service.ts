import { Injectable } from '@nestjs/common';
import type { Principal } from '@sunshine/auth';
import { extend } from '../cases/case';
import { CaseCommands } from '../cases/case-commands.service';
import { toCaseResponse, type CaseResponseDto } from '../cases/dto/case.response.dto';
import type { ExtendCaseRequest } from './dto/extend-case.request.dto';

@Injectable()
export class ExtendCaseService {
  constructor(private readonly commands: CaseCommands) {}

  async extend(principal: Principal, petitionId: string, body: ExtendCaseRequest): Promise<CaseResponseDto> {
    const input = { days: body.days, reason: body.reason, approvedBy: body.approvedBy };
    return toCaseResponse(await this.commands.run(principal, petitionId, (state, actor, now) => extend(state, actor, input, now)));
  }
}
