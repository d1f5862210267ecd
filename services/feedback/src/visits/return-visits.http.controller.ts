import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { ListVisitsQuery } from './dto/list-visits.request.dto';
import { RecordVisitRequest } from './dto/record-visit.request.dto';
import { VisitPageResponseDto, VisitResponseDto } from './dto/visit.response.dto';
import { ReturnVisitsService } from './return-visits.service';

@ApiTags('visits')
@ApiBearerAuth()
@Controller('api/v1/visits')
export class ReturnVisitsHttpController {
  constructor(private readonly visits: ReturnVisitsService) {}

  @Post()
  @Roles('unit', 'joint-office')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record a return visit (回访登记)',
    description:
      'The unit that replied (or the joint office) records what the petitioner said after the reply. ' +
      'Publishes feedback.visited. A case another unit handled answers 404.',
  })
  @ApiCreatedResponse({ type: VisitResponseDto })
  @ApiNotFoundResponse({ description: 'VISIT.CASE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'VISIT.NO_REPLY: nothing to visit about yet' })
  record(@CurrentPrincipal() principal: Principal, @Body() body: RecordVisitRequest): Promise<VisitResponseDto> {
    return this.visits.record(principal, body);
  }

  @Get()
  @Roles('unit', 'joint-office', 'supervisor', 'leader', 'admin')
  @ApiOperation({ summary: 'The return-visit ledger (回访台账), newest first', description: "A unit's staff see their own unit's entries only." })
  @ApiOkResponse({ type: VisitPageResponseDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListVisitsQuery): Promise<VisitPageResponseDto> {
    return this.visits.list(principal, query);
  }
}
