import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { InstructionResultResponseDto, PendingInstructionsResponseDto } from '../routing/routing.response.dto';
import { InstructionRequest } from './dto/instruction.request.dto';
import { InstructPetitionService } from './instruct-petition.service';

@ApiTags('instructions')
@ApiBearerAuth()
@Controller('api/v1/instructions')
export class InstructionsHttpController {
  constructor(private readonly instructions: InstructPetitionService) {}

  @Get()
  @Roles('leader', 'joint-office')
  @ApiOperation({
    summary: 'Items waiting for a leader’s reading and instruction (待批示), oldest first, with why: a named leader sees their own and those for any leader',
  })
  @ApiOkResponse({ type: PendingInstructionsResponseDto })
  pending(@CurrentPrincipal() caller: Principal) {
    return this.instructions.queue(caller);
  }

  @Post(':petitionId')
  @Roles('leader')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Instruct an item (批示): approve and assign — lead, assisting units, leader in charge — or send it back to the joint office; on a case already assigned, record the instruction for the unit (petition.leader-instructed)',
  })
  @ApiOkResponse({ type: InstructionResultResponseDto })
  instruct(
    @CurrentPrincipal() leader: Principal,
    @Param('petitionId', new ParseUUIDPipe({ version: undefined })) petitionId: string,
    @Body() body: InstructionRequest,
  ) {
    return this.instructions.instruct(leader, petitionId, body);
  }
}
