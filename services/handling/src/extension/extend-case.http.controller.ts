import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { CaseResponseDto } from '../cases/dto/case.response.dto';
import { PetitionIdPipe } from '../cases/petition-id.pipe';
import { ExtendCaseRequest } from './dto/extend-case.request.dto';
import { ExtendCaseService } from './extend-case.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class ExtendCaseHttpController {
  constructor(private readonly extension: ExtendCaseService) {}

  @Post(':petitionId/extend')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Extend the handling deadline (延期)',
    description: 'Lead unit only, while accepted or reopened; once per case, by 1–30 days (信访工作条例 art. 32). Publishes case.extended.',
  })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'CASE.NOT_LEAD_UNIT' })
  @ApiConflictResponse({ description: 'CASE.ALREADY_EXTENDED, CASE.NOT_ACCEPTED_YET, CASE.ALREADY_REPLIED, CASE.CLOSED, …' })
  extend(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', PetitionIdPipe) petitionId: string,
    @Body() body: ExtendCaseRequest,
  ): Promise<CaseResponseDto> {
    return this.extension.extend(principal, petitionId, body);
  }
}
