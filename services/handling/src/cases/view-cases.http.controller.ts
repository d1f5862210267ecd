import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { CaseDetailResponseDto, CasePageResponseDto } from './dto/case.response.dto';
import { ListCasesQuery } from './dto/list-cases.request.dto';
import { PetitionIdPipe } from './petition-id.pipe';
import { ViewCasesService } from './view-cases.service';

/** Who may read cases: a unit its own (lead or assisting), the cross-unit roles all of them. */
export const CASE_READERS = ['unit', 'leader', 'joint-office', 'supervisor', 'admin'] as const;

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class ViewCasesHttpController {
  constructor(private readonly view: ViewCasesService) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'List cases (办理件列表), newest first',
    description:
      "A unit's staff see the cases their unit leads or assists; leaders, the joint office, supervisors and admins see all. " +
      'Page with limit + offset, or with the nextCursor of the previous page.',
  })
  @ApiOkResponse({ type: CasePageResponseDto })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: the role may not read cases' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListCasesQuery): Promise<CasePageResponseDto> {
    return this.view.list(principal, query);
  }

  @Get(':petitionId')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'One case (办理件详情)', description: "Another unit's case answers 404, exactly like an unknown one." })
  @ApiOkResponse({ type: CaseDetailResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  get(@CurrentPrincipal() principal: Principal, @Param('petitionId', PetitionIdPipe) petitionId: string): Promise<CaseDetailResponseDto> {
    return this.view.get(principal, petitionId);
  }
}
