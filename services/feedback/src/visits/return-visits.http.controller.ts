import { Body, Controller, Get, Header, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { DueVisitListDto } from './dto/due-visit.response.dto';
import { DueVisitsQuery, VisitLedgerQuery } from './dto/due-visits.request.dto';
import { ListVisitsQuery } from './dto/list-visits.request.dto';
import { RecordVisitRequest } from './dto/record-visit.request.dto';
import { VisitPageResponseDto, VisitResponseDto } from './dto/visit.response.dto';
import { ReturnVisitsService } from './return-visits.service';
import { XLSX_CONTENT_TYPE } from './visit-ledger-xlsx';

@ApiTags('visits')
@ApiBearerAuth()
@Controller('api/v1/visits')
export class ReturnVisitsHttpController {
  constructor(private readonly visits: ReturnVisitsService) {}

  @Post()
  @Roles('unit', 'joint-office')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record a return visit (回访登记), optionally with the rating recorded on the petitioner’s behalf',
    description:
      'The unit that replied (or the joint office) records how, by whom and when the petitioner was visited and what they said. ' +
      'Publishes feedback.visited. With `satisfaction` it is also the rating of the current reply round (回访代评, source visit): ' +
      'feedback.rated (and petition.concluded when satisfied) in the same write; a round already rated online is 409. ' +
      'A case another unit handled answers 404.',
  })
  @ApiCreatedResponse({ type: VisitResponseDto })
  @ApiBadRequestResponse({ description: 'VISIT.IN_THE_FUTURE, RATING.REASONS_REQUIRED, REQUEST.VALIDATION_FAILED' })
  @ApiNotFoundResponse({ description: 'VISIT.CASE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'VISIT.NO_REPLY: nothing to visit about yet; with satisfaction: RATING.ALREADY_RATED, RATING.CASE_CLOSED, RATING.NO_REPLY' })
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

  @Get('due')
  @Roles('unit', 'joint-office', 'supervisor', 'leader', 'admin')
  @ApiOperation({
    summary: 'Return visits due and overdue (待回访 / 回访逾期), per unit',
    description:
      'Every reply awaits a visit within FEEDBACK_VISIT_WORKING_DAYS working days (weekends and official holidays skipped). ' +
      "Earliest deadline first. A unit's staff see their own unit's only (another unit's: an empty list).",
  })
  @ApiOkResponse({ type: DueVisitListDto })
  due(@CurrentPrincipal() principal: Principal, @Query() query: DueVisitsQuery): Promise<DueVisitListDto> {
    return this.visits.due(principal, query);
  }

  @Get('ledger.xlsx')
  @Roles('unit', 'joint-office', 'supervisor', 'admin')
  @Header('Content-Type', XLSX_CONTENT_TYPE)
  @Header('Content-Disposition', 'attachment; filename="visit-ledger.xlsx"')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOperation({
    summary: 'Export the return-visit ledger (回访台账) as XLSX',
    description:
      'One row per visit: case number, unit, reply round, visit time, method, visitor, what the petitioner said (contact details masked), ' +
      "satisfaction and rating source. Never the petitioner's name or contact details. A unit's staff export their own unit's.",
  })
  @ApiOkResponse({ description: 'The workbook', content: { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  async ledger(@CurrentPrincipal() principal: Principal, @Query() query: VisitLedgerQuery): Promise<StreamableFile> {
    return new StreamableFile(await this.visits.ledger(principal, query.unitId));
  }
}
