import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { READ_ROLES } from '../common/read-roles';
import { UnitIdParams } from './dto/unit-id.params.dto';
import { UnitSummaryResponseDto } from './dto/unit-summary.response.dto';
import { UnitSummaryService } from './unit-summary.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller('api/v1/units')
export class UnitSummaryHttpController {
  constructor(private readonly summaries: UnitSummaryService) {}

  @Get(':unitId/summary')
  @Roles(...READ_ROLES)
  @ApiOperation({
    summary: "A unit's handling summary (单位办理情况)",
    description:
      'Open cases it leads and assists, open cases by warning light now (overdue = red), cases replied, replies and ' +
      'acceptance decisions on time, the satisfaction ratings of its replies and the rate ((satisfied + basically ' +
      'satisfied) / rated), its latest appraisal and the bulletins that named it. Cross-unit roles see every unit; unit ' +
      'staff only their own — another unit answers 404 UNIT.NOT_FOUND. A unit nothing has arrived about yet has zeros.',
  })
  @ApiOkResponse({ type: UnitSummaryResponseDto })
  @ApiNotFoundResponse({ description: 'UNIT.NOT_FOUND (problem+json): another unit’s summary' })
  @ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
  summary(@Param() params: UnitIdParams, @CurrentPrincipal() principal: Principal): Promise<UnitSummaryResponseDto> {
    return this.summaries.summary(params.unitId, principal);
  }
}
