import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { CaseResponseDto } from '../cases/dto/case.response.dto';
import { PetitionIdPipe } from '../cases/petition-id.pipe';
import { AcceptanceService } from './acceptance.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class AcceptCaseHttpController {
  constructor(private readonly acceptance: AcceptanceService) {}

  @Post(':petitionId/accept')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept a case (受理)',
    description:
      'Lead unit only. Starts the handling clock: handleBy = the end of the HANDLING_HANDLE_DAYS-th calendar day (60, 信访工作条例 art. 32) ' +
      'after acceptance in HANDLING_TIME_ZONE (Asia/Shanghai); an upper-level office\'s earlier due date is kept. ' +
      'Publishes case.accepted.',
  })
  @ApiOkResponse({ type: CaseResponseDto, description: 'The accepted case' })
  @ApiNotFoundResponse({ description: "CASE.NOT_FOUND: unknown, or another unit's case" })
  @ApiForbiddenResponse({ description: 'CASE.NOT_LEAD_UNIT: an assisting unit' })
  @ApiConflictResponse({ description: 'CASE.ALREADY_ACCEPTED, CASE.DECLINED, CASE.RETURNED, CASE.CLOSED' })
  accept(@CurrentPrincipal() principal: Principal, @Param('petitionId', PetitionIdPipe) petitionId: string): Promise<CaseResponseDto> {
    return this.acceptance.accept(principal, petitionId);
  }
}
