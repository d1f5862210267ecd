import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { ACCEPTED_TYPES } from '../attachments/magic-bytes';
import { DisclosureAuditService } from './disclosure-audit.service';
import { DownloadAttachmentService } from './download-attachment.service';
import { AuditQuery } from './dto/audit-log.request.dto';
import { AttachmentListDto, AuditLogResponseDto, ContactDetailsDto } from './dto/disclosure.response.dto';
import { RevealRequest } from './dto/reveal-contact.request.dto';
import { RevealContactService } from './reveal-contact.service';

@ApiTags('disclosure')
@ApiBearerAuth()
@Controller('api/v1')
export class RevealContactHttpController {
  constructor(
    private readonly disclosure: RevealContactService,
    private readonly downloads: DownloadAttachmentService,
    private readonly audit: DisclosureAuditService,
  ) {}

  @Post('petitions/:petitionId/contact-reveal')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({
    summary: "Reveal the petitioner's contact details to the unit handling the case (audited)",
    description:
      'Only staff of a unit the petition is assigned to; the reason is written to the hash-chained audit log before the details are returned. ' +
      'Confidential reports (检举控告) are refused to every unit (403); other units get 404.',
  })
  @ApiOkResponse({ type: ContactDetailsDto })
  reveal(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', new ParseUUIDPipe({ version: undefined })) petitionId: string,
    @Body() body: RevealRequest,
  ): Promise<ContactDetailsDto> {
    return this.disclosure.reveal(principal, petitionId, body.reason);
  }

  @Get('petitions/:petitionId/attachments')
  @Roles('unit', 'leader', 'joint-office', 'supervisor', 'admin')
  @ApiOperation({
    summary: "List a petition's attachments (content type and size; no file names)",
    description: 'Units: only for petitions assigned to them (404 otherwise); a confidential report answers sealed: true and no items.',
  })
  @ApiOkResponse({ type: AttachmentListDto })
  attachments(@CurrentPrincipal() principal: Principal, @Param('petitionId', new ParseUUIDPipe({ version: undefined })) petitionId: string): Promise<AttachmentListDto> {
    return this.downloads.list(principal, petitionId);
  }

  @Get('petitions/:petitionId/attachments/:attachmentId')
  @Roles('unit', 'leader', 'joint-office', 'supervisor', 'admin')
  @ApiOperation({
    summary: "Download a petition's attachment (the evidence the petitioner sent)",
    description: 'Units: only for petitions assigned to them, and never for confidential reports (the evidence may identify the reporter).',
  })
  @ApiOkResponse({
    description: 'The file as it was uploaded, with its checked content type',
    content: Object.fromEntries(ACCEPTED_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
  })
  async attachment(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', new ParseUUIDPipe({ version: undefined })) petitionId: string,
    @Param('attachmentId') attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.downloads.download(principal, petitionId, attachmentId);
    response.setHeader('Content-Type', file.metadata.contentType);
    response.setHeader('Content-Length', String(file.length));
    response.setHeader('Content-Disposition', `attachment; filename="${attachmentId}"`);
    return new StreamableFile(file.stream as never);
  }

  @Get('audit/disclosures')
  @Roles('supervisor', 'admin')
  @ApiOperation({ summary: 'The disclosure audit log, with the result of verifying its hash chain' })
  @ApiOkResponse({ type: AuditLogResponseDto })
  auditLog(@Query() query: AuditQuery) {
    return this.audit.log(query.petitionId);
  }
}
