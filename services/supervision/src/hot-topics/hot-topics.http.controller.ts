import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles } from '@sunshine/auth';
import { HotTopicsQuery } from './dto/hot-topics.request.dto';
import { HotTopicsResponseDto } from './dto/hot-topics.response.dto';
import { HotTopicsService } from './hot-topics.service';

@ApiTags('hot-topics')
@ApiBearerAuth()
@Controller('api/v1/hot-topics')
export class HotTopicsHttpController {
  constructor(private readonly hotTopics: HotTopicsService) {}

  @Get()
  @Roles('supervisor', 'leader', 'joint-office', 'organization-department', 'admin')
  @ApiOperation({
    summary: 'Hot topics and group early warning (热点难点、群体性苗头)',
    description:
      'Same-matter clusters of the window ranked by the heat index H (the supervision canvas gives the formula, τ = 7 days); a ' +
      'matter with five or more petitioners within 7 days carries a group alert. Counts, case numbers and codes only. Unit staff: 403 ' +
      '(topics span units). 400 HOT_TOPICS.RANGE_INVALID.',
  })
  @ApiOkResponse({ type: HotTopicsResponseDto })
  @ApiBadRequestResponse({ description: 'HOT_TOPICS.RANGE_INVALID, validation' })
  @ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
  list(@Query() query: HotTopicsQuery): Promise<HotTopicsResponseDto> {
    return this.hotTopics.list(query.from, query.to, query.limit);
  }
}
