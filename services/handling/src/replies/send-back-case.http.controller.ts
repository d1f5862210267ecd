import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { CaseResponseDto } from '../cases/dto/case.response.dto';
import { PetitionIdPipe } from '../cases/petition-id.pipe';
import { SendBackCaseService } from './send-back-case.service';

class SendBackRequest {
  @ApiProperty({ example: '答复未回应群众关于夜间施工的诉求，请重新核查并当面答复。', description: 'What the unit must do again' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class SendBackCaseHttpController {
  constructor(private readonly sendBacks: SendBackCaseService) {}

  @Post(':petitionId/send-back')
  @Roles('leader')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a replied case back to its unit for re-handling (领导发回重办)',
    description: 'A leader who finds the handling unsatisfactory reopens the case with a note; publishes case.reopened (leader-sent-back).',
  })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiConflictResponse({ description: 'CASE.NOT_REPLIED' })
  sendBack(@CurrentPrincipal() leader: Principal, @Param('petitionId', PetitionIdPipe) petitionId: string, @Body() body: SendBackRequest): Promise<CaseResponseDto> {
    return this.sendBacks.sendBack(leader, petitionId, body.note);
  }
}
