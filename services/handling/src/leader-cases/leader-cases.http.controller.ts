import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { LeaderCaseListDto } from './dto/leader-cases.response.dto';
import { LeaderCasesService } from './leader-cases.service';

@ApiTags('leaders')
@ApiBearerAuth()
@Controller('api/v1/leader-cases')
export class LeaderCasesHttpController {
  constructor(private readonly leaderCases: LeaderCasesService) {}

  @Get()
  @Roles('leader')
  @ApiOperation({
    summary: "The calling leader's own cases (领导包案) with their warning lights",
    description: 'Cases whose leader in charge is the leader id of the token (claim `leader`); a token without one has none.',
  })
  @ApiOkResponse({ type: LeaderCaseListDto })
  list(@CurrentPrincipal() principal: Principal): Promise<LeaderCaseListDto> {
    return this.leaderCases.list(principal);
  }
}
