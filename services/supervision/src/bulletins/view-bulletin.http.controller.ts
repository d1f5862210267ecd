import { Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles, type Principal, type Role } from '@sunshine/auth';
import { BulletinParams } from './dto/bulletin.params.dto';
import { BulletinViewDto } from './dto/bulletin.response.dto';
import { BulletinsService } from './bulletins.service';

/** Leaders and the offices read every bulletin; unit staff only their own line of a monthly one (403 otherwise). */
const BULLETIN_READERS: Role[] = ['supervisor', 'leader', 'organization-department', 'admin', 'unit'];
const FILE = (type: string) => ({ content: { [type]: { schema: { type: 'string', format: 'binary' } } } });

@ApiTags('bulletins')
@ApiBearerAuth()
@Controller('api/v1/bulletins')
export class ViewBulletinHttpController {
  constructor(private readonly bulletins: BulletinsService) {}

  @Get(':kind/:period')
  @Roles(...BULLETIN_READERS)
  @ApiOperation({
    summary: 'A daily, monthly or quarterly bulletin (通报) as JSON',
    description:
      'The published bulletin of the period, or — not yet published — computed now from the current figures (`published: false`, ' +
      '`provisional` while the period runs). Unit staff: monthly only, their own unit’s line, overdue cases and orders, with the red ' +
      'and black lists as circulated; daily and quarterly answer 403 BULLETIN.NOT_FOR_UNITS. 400 BULLETIN.PERIOD_INVALID, 422 ' +
      'BULLETIN.PERIOD_NOT_STARTED.',
  })
  @ApiOkResponse({ type: BulletinViewDto })
  @ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN, BULLETIN.NOT_FOR_UNITS' })
  @ApiUnprocessableEntityResponse({ description: 'BULLETIN.PERIOD_NOT_STARTED' })
  view(@Param() params: BulletinParams, @CurrentPrincipal() principal: Principal): Promise<BulletinViewDto> {
    return this.bulletins.view(params.kind, params.period, principal) as unknown as Promise<BulletinViewDto>;
  }

  @Get(':kind/:period/report.xlsx')
  @Roles(...BULLETIN_READERS)
  @ApiOperation({ summary: 'The bulletin as an XLSX workbook (a cover sheet and one sheet per table)', description: 'Same figures and rules as the JSON.' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The workbook', ...FILE('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') })
  async xlsx(@Param() params: BulletinParams, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.bulletins.document(params.kind, params.period, principal, 'xlsx');
    res.setHeader('Content-Disposition', `attachment; filename="bulletin-${params.kind}-${params.period}.xlsx"`);
    return new StreamableFile(file, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  }

  @Get(':kind/:period/report.pdf')
  @Roles(...BULLETIN_READERS)
  @ApiOperation({ summary: 'The bulletin as a PDF with charts (embedded CJK font)', description: 'Same figures and rules as the JSON.' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', ...FILE('application/pdf') })
  async pdf(@Param() params: BulletinParams, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.bulletins.document(params.kind, params.period, principal, 'pdf');
    res.setHeader('Content-Disposition', `attachment; filename="bulletin-${params.kind}-${params.period}.pdf"`);
    return new StreamableFile(file, { type: 'application/pdf' });
  }

  @Post(':kind/:period/publish')
  @HttpCode(200)
  @Roles('supervisor', 'admin')
  @ApiOperation({
    summary: 'Publish the bulletin of an ended period now (on demand)',
    description:
      'Computes, stores and announces it (`supervision.bulletin-published`) — once per period: publishing again, or after the ' +
      'scheduler did, answers the bulletin already published. 409 BULLETIN.PERIOD_NOT_ENDED while the period runs.',
  })
  @ApiOkResponse({ type: BulletinViewDto })
  @ApiConflictResponse({ description: 'BULLETIN.PERIOD_NOT_ENDED' })
  async publish(@Param() params: BulletinParams, @CurrentPrincipal() principal: Principal): Promise<BulletinViewDto> {
    const { view } = await this.bulletins.publish(params.kind, params.period, principal.subject);
    return view as unknown as BulletinViewDto;
  }
}
