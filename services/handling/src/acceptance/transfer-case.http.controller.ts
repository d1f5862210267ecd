import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { CaseResponseDto } from '../cases/dto/case.response.dto';
import { PetitionIdPipe } from '../cases/petition-id.pipe';
import { AcceptanceService } from './acceptance.service';
import { TransferCaseRequest } from './dto/transfer-case.request.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class TransferCaseHttpController {
  constructor(private readonly acceptance: AcceptanceService) {}

  @Post(':petitionId/transfer')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Transfer a case to the body competent for it (转送)',
    description:
      'Lead unit only, before acceptance: the matter belongs to another body (a court, an arbitration committee, the discipline body). ' +
      'Status `transferred`, final for this unit. Publishes case.transferred.',
  })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'CASE.NOT_LEAD_UNIT' })
  @ApiConflictResponse({ description: 'CASE.ALREADY_ACCEPTED, CASE.DECLINED, CASE.TRANSFERRED, CASE.RETURNED, CASE.CLOSED' })
  transfer(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', PetitionIdPipe) petitionId: string,
    @Body() body: TransferCaseRequest,
  ): Promise<CaseResponseDto> {
    return this.acceptance.transfer(principal, petitionId, body);
  }
}
