import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { READ_ROLES } from '../common/read-roles';
import { PetitionIdParams } from './dto/petition-id.params.dto';
import { TimelineResponseDto } from './dto/timeline.response.dto';
import { ViewTimelineService } from './view-timeline.service';

@ApiTags('timeline')
@ApiBearerAuth()
@Controller('api/v1/timeline')
export class ViewTimelineHttpController {
  constructor(private readonly timelines: ViewTimelineService) {}

  @Get(':petitionId')
  @Roles(...READ_ROLES)
  @ApiOperation({
    summary: "A petition's timeline and warning light (办理全程记录与警示灯)",
    description:
      'Every event of the petition once, in the order it happened (whatever order the topics delivered them), with a zh-CN ' +
      'summary; the derived case state (lead unit, deadlines, replies, ratings, duplicate links) and the warning light now. ' +
      'Supervisors, leaders, the joint office, the organization department and admins see every case; unit staff only the ' +
      'cases their unit handles (lead or assisting) — any other answers 404 TIMELINE.NOT_FOUND.',
  })
  @ApiOkResponse({ type: TimelineResponseDto })
  @ApiNotFoundResponse({ description: 'TIMELINE.NOT_FOUND (problem+json): unknown petition, or another unit’s case' })
  @ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: a role that reads no cases (channel, registrar)' })
  view(@Param() params: PetitionIdParams, @CurrentPrincipal() principal: Principal): Promise<TimelineResponseDto> {
    return this.timelines.view(params.petitionId, principal);
  }
}
