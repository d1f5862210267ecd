import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { ListRatingsQuery } from './dto/list-ratings.request.dto';
import { RatingPageResponseDto } from './dto/rating.response.dto';
import { ListRatingsService } from './list-ratings.service';

@ApiTags('ratings')
@ApiBearerAuth()
@Controller('api/v1/ratings')
export class ListRatingsHttpController {
  constructor(private readonly ratings: ListRatingsService) {}

  @Get()
  @Roles('supervisor', 'leader', 'admin', 'unit')
  @ApiOperation({
    summary: 'Satisfaction ratings (满意度测评结果), newest first',
    description: "Supervisors, leaders and admins see every unit's (filter with unitId); a unit's staff see their own unit's only.",
  })
  @ApiOkResponse({ type: RatingPageResponseDto })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListRatingsQuery): Promise<RatingPageResponseDto> {
    return this.ratings.list(principal, query);
  }
}
