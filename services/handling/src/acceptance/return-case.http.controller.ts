import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { CaseResponseDto } from '../cases/dto/case.response.dto';
import { PetitionIdPipe } from '../cases/petition-id.pipe';
import { AcceptanceService } from './acceptance.service';
import { ReturnCaseRequest } from './dto/return-case.request.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class ReturnCaseHttpController {
  constructor(private readonly acceptance: AcceptanceService) {}

  @Post(':petitionId/return')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Return a misrouted case (退回)',
    description: 'Lead unit only, before acceptance. Routing assigns it again (petition.reassigned). Publishes case.returned.',
  })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'CASE.NOT_LEAD_UNIT' })
  @ApiConflictResponse({ description: 'CASE.ALREADY_ACCEPTED, CASE.DECLINED, CASE.RETURNED, CASE.CLOSED' })
  returnCase(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', PetitionIdPipe) petitionId: string,
    @Body() body: ReturnCaseRequest,
  ): Promise<CaseResponseDto> {
    return this.acceptance.return(principal, petitionId, body);
  }
}
