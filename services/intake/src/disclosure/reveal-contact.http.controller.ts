import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { Response } from 'express';
import { CurrentPrincipal, hasRole, Roles, type Principal } from '@sunshine/auth';
import { AttachmentRepository } from '../attachments/attachment.repository';
import { ACCEPTED_TYPES } from '../attachments/magic-bytes';
import { firstBrokenEntry } from './audit-chain';
import { IdentitySealed, PetitionNotFound } from './disclosure.errors';
import { RevealAuditRepository } from './reveal-audit.repository';
import { RevealContactService } from './reveal-contact.service';

class AuditEntryDto {
  @ApiProperty({ example: 17, description: 'Position in the chain, from 1' })
  seq!: number;

  @ApiProperty({ example: '2026-11-21T03:04:05.000Z' })
  at!: string;

  @ApiProperty({ example: 'staff-ecology-007', description: 'Who saw the contact details' })
  actor!: string;

  @ApiPropertyOptional({ example: 'ecology-environment-bureau' })
  unitId?: string;

  @ApiProperty({ example: 'contact-revealed', enum: ['contact-revealed'] })
  action!: string;

  @ApiProperty({ example: '01935c9e-7f4a-7cc0-9d1e-5f0c2a4b8e11' })
  petitionId!: string;

  @ApiProperty({ example: '需电话回访核实夜间施工是否已停止' })
  reason!: string;

  @ApiProperty({ example: 'a3f1…', description: 'SHA-256 of the previous entry (64 zeros for the first)' })
  prevHash!: string;

  @ApiProperty({ example: '9c0d…', description: 'SHA-256 of this entry and prevHash' })
  hash!: string;
}

class AuditLogResponseDto {
  @ApiProperty({ example: true, description: 'Whether every entry still hashes to the next one’s prevHash' })
  intact!: boolean;

  @ApiPropertyOptional({ example: 12, description: 'The first entry whose hash does not hold (only when not intact)' })
  firstBrokenEntry?: number;

  @ApiProperty({ type: [AuditEntryDto] })
  entries!: AuditEntryDto[];
}

class RevealRequest {
  @ApiProperty({ example: '需电话回访核实夜间施工是否已停止', description: 'Why the unit needs the contact details (written to the audit log)' })
  @IsString()
  @IsNotEmpty()
  @MinLength(4)
  @MaxLength(500)
  reason!: string;
}

class ContactDetailsDto {
  @ApiPropertyOptional({ example: '王小明' })
  name?: string;

  @ApiPropertyOptional({ example: '+8613812345678' })
  phone?: string;

  @ApiPropertyOptional({ example: '嘉州花园3栋2单元101' })
  address?: string;

  @ApiPropertyOptional({ example: 'wang@example.com' })
  email?: string;
}

class AuditQuery {
  @IsOptional()
  @IsUUID('all')
  petitionId?: string;
}

@ApiTags('disclosure')
@ApiBearerAuth()
@Controller('api/v1')
export class RevealContactHttpController {
  constructor(
    private readonly disclosure: RevealContactService,
    private readonly audit: RevealAuditRepository,
    private readonly attachments: AttachmentRepository,
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
    const petition = await this.disclosure.visiblePetition(principal, petitionId);
    if (hasRole(principal, 'unit') && !hasRole(principal, 'leader', 'joint-office', 'supervisor', 'admin') && petition.confidential) {
      throw new IdentitySealed();
    }
    if (!petition.attachments.some((a) => a.id === attachmentId)) throw new PetitionNotFound();
    const file = await this.attachments.open(attachmentId);
    if (!file) throw new PetitionNotFound();
    response.setHeader('Content-Type', file.metadata.contentType);
    response.setHeader('Content-Length', String(file.length));
    response.setHeader('Content-Disposition', `attachment; filename="${attachmentId}"`);
    return new StreamableFile(file.stream as never);
  }

  @Get('audit/disclosures')
  @Roles('supervisor', 'admin')
  @ApiOperation({ summary: 'The disclosure audit log, with the result of verifying its hash chain' })
  @ApiOkResponse({ type: AuditLogResponseDto })
  async auditLog(@Query() query: AuditQuery) {
    const all = await this.audit.list();
    const broken = firstBrokenEntry(all);
    return {
      intact: broken === undefined,
      ...(broken !== undefined ? { firstBrokenEntry: broken } : {}),
      entries: query.petitionId ? all.filter((e) => e.petitionId === query.petitionId) : all,
    };
  }
}
