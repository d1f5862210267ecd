import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { READ_ROLES } from '../common/read-roles';
import { ListWarningsQuery } from './dto/list-warnings.request.dto';
import { WarningsResponseDto } from './dto/warnings.response.dto';
import { ListWarningsService } from './list-warnings.service';

@ApiTags('warnings')
@ApiBearerAuth()
@Controller('api/v1/warnings')
export class ListWarningsHttpController {
  constructor(private readonly warnings: ListWarningsService) {}

  @Get()
  @Roles(...READ_ROLES)
  @ApiOperation({
    summary: 'Open cases by warning light (警示灯一览)',
    description:
      'Every open case with a running or stopped unit deadline and its light now — red first, earliest deadline first. ' +
      '`?light=red` lists the overdue ones. Unit staff see only the cases their unit handles.',
  })
  @ApiOkResponse({ type: WarningsResponseDto })
  @ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
  list(@Query() query: ListWarningsQuery, @CurrentPrincipal() principal: Principal): Promise<WarningsResponseDto> {
    return this.warnings.list(query, principal);
  }
}
