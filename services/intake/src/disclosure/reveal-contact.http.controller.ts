import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { Response } from 'express';
import { CurrentPrincipal, hasRole, Roles, type Principal } from '@sunshine/auth';
import { AttachmentRepository } from '../attachments/attachment.repository';
import { firstBrokenEntry } from './audit-chain';
import { IdentitySealed, PetitionNotFound } from './disclosure.errors';
import { RevealAuditRepository } from './reveal-audit.repository';
import { RevealContactService } from './reveal-contact.service';

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
