import { Controller, Get, Header, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '@sunshine/auth';
import { AppraisalService } from './appraisal.service';
import { AppraisalPeriodParams } from './dto/appraisal-period.params.dto';
import { AppraisalResponseDto, PublishedAppraisalResponseDto } from './dto/appraisal.response.dto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The appraisal for the organization department (组织部) — its role only. */
@ApiTags('appraisals')
@ApiBearerAuth()
@Roles('organization-department')
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: only the organization department' })
@ApiUnprocessableEntityResponse({ description: 'APPRAISAL.PERIOD_NOT_STARTED' })
@Controller('api/v1/appraisals')
export class AppraisalHttpController {
  constructor(private readonly appraisals: AppraisalService) {}

  @Get(':period')
  @ApiOperation({
    summary: 'The appraisal of a quarter or year (季度/年度考核)',
    description: 'Score, grade, rank, commendation, every indicator and the four findings with their cases, per unit. The period still running is provisional.',
  })
  @ApiOkResponse({ type: AppraisalResponseDto })
  view(@Param() params: AppraisalPeriodParams): Promise<AppraisalResponseDto> {
    return this.appraisals.view(params.period);
  }

  @Get(':period/report.xlsx')
  @Header('Content-Type', XLSX)
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'The appraisal report as a workbook (XLSX)' })
  @ApiOkResponse({ description: 'The workbook', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  async xlsx(@Param() params: AppraisalPeriodParams): Promise<StreamableFile> {
    return new StreamableFile(await this.appraisals.xlsx(params.period), { disposition: `attachment; filename="appraisal-${params.period}.xlsx"` });
  }

  @Get(':period/report.pdf')
  @Header('Content-Type', 'application/pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The appraisal report as a PDF with charts' })
  @ApiOkResponse({ description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async pdf(@Param() params: AppraisalPeriodParams): Promise<StreamableFile> {
    return new StreamableFile(await this.appraisals.pdf(params.period), { disposition: `attachment; filename="appraisal-${params.period}.pdf"` });
  }

  @Post(':period/publish')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Publish a finished period’s appraisal (发布考核结果)',
    description: 'Keeps the report in the signed history and emits appraisal.published in the same write. Not for the period still running; once per period.',
  })
  @ApiCreatedResponse({ type: PublishedAppraisalResponseDto })
  @ApiConflictResponse({ description: 'APPRAISAL.PERIOD_NOT_ENDED, APPRAISAL.ALREADY_PUBLISHED' })
  publish(@Param() params: AppraisalPeriodParams): Promise<PublishedAppraisalResponseDto> {
    return this.appraisals.publish(params.period);
  }
}
