import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { HasNoControlCharacters } from '@sunshine/platform';
import { CaseResponseDto } from '../cases/dto/case.response.dto';
import { PetitionIdPipe } from '../cases/petition-id.pipe';
import { ReplyToCaseService } from './reply-to-case.service';

export class ReportCompletionRequest {
  @ApiProperty({ example: '施工单位已加装隔音屏障，夜间施工已停止，经回访现场核实。', maxLength: 5000, description: 'What was done (落实情况)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  @HasNoControlCharacters()
  note!: string;
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class ReportCompletionHttpController {
  constructor(private readonly replies: ReplyToCaseService) {}

  @Post(':petitionId/completion')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Report a scheduled reply carried out (落实情况)',
    description:
      'Lead unit only, once, after a reply with outcome `scheduled`. The case view then shows promise.completedAt; a promise past its date ' +
      'without this note shows overdue (落实不到位). Publishes case.completion-reported.',
  })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'CASE.NOT_LEAD_UNIT' })
  @ApiConflictResponse({ description: 'CASE.NO_PROMISE, CASE.PROMISE_ALREADY_COMPLETED' })
  complete(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', PetitionIdPipe) petitionId: string,
    @Body() body: ReportCompletionRequest,
  ): Promise<CaseResponseDto> {
    return this.replies.complete(principal, petitionId, body.note);
  }
}
