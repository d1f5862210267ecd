import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { CaseResponseDto } from '../cases/dto/case.response.dto';
import { PetitionIdPipe } from '../cases/petition-id.pipe';
import { AcceptanceService } from './acceptance.service';
import { NotAcceptCaseRequest } from './dto/not-accept-case.request.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class NotAcceptCaseHttpController {
  constructor(private readonly acceptance: AcceptanceService) {}

  @Post(':petitionId/not-accept')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decline a case (不予受理)',
    description:
      'Lead unit only, before acceptance. A ground from GET /api/v1/not-accept-reasons (`reasonCode`), or `{ reason, legalBasis }` (ground `other`); ' +
      'the reason and the legal basis go to the petitioner. Publishes case.not-accepted.',
  })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'CASE.NOT_LEAD_UNIT' })
  @ApiConflictResponse({ description: 'CASE.ALREADY_ACCEPTED, CASE.DECLINED, CASE.TRANSFERRED, CASE.RETURNED, CASE.CLOSED' })
  @ApiUnprocessableEntityResponse({ description: 'CASE.UNKNOWN_NOT_ACCEPT_REASON, CASE.NOT_ACCEPT_REASON_INCOMPLETE' })
  notAccept(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', PetitionIdPipe) petitionId: string,
    @Body() body: NotAcceptCaseRequest,
  ): Promise<CaseResponseDto> {
    return this.acceptance.notAccept(principal, petitionId, body);
  }
}
