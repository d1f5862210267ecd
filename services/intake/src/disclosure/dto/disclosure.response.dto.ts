import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AuditEntryDto {
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

/** The disclosure audit log with the result of verifying its hash chain. */
export class AuditLogResponseDto {
  @ApiProperty({ example: true, description: 'Whether every entry still hashes to the next one’s prevHash' })
  intact!: boolean;

  @ApiPropertyOptional({ example: 12, description: 'The first entry whose hash does not hold (only when not intact)' })
  firstBrokenEntry?: number;

  @ApiProperty({ type: [AuditEntryDto] })
  entries!: AuditEntryDto[];
}

/** What a unit may see of a petitioner to call them back (回访). */
export class ContactDetailsDto {
  @ApiPropertyOptional({ example: '王小明' })
  name?: string;

  @ApiPropertyOptional({ example: '+8613812345678' })
  phone?: string;

  @ApiPropertyOptional({ example: '嘉州花园3栋2单元101' })
  address?: string;

  @ApiPropertyOptional({ example: 'wang@example.com' })
  email?: string;
}

export class AttachmentInfoDto {
  @ApiProperty({ example: '6745a1c2e4b0a1b2c3d4e5f6', description: 'Download it at /api/v1/petitions/{petitionId}/attachments/{id}' })
  id!: string;

  @ApiProperty({ example: 'image/jpeg', description: 'Detected from the bytes when it was uploaded' })
  contentType!: string;

  @ApiProperty({ example: 48213, description: 'Bytes' })
  size!: number;
}

/** A petition's evidence: no file names (they may name the petitioner). */
export class AttachmentListDto {
  @ApiProperty({ example: false, description: 'A confidential report’s evidence, sealed from units (检举控告): items is then empty' })
  sealed!: boolean;

  @ApiProperty({ type: [AttachmentInfoDto] })
  items!: AttachmentInfoDto[];
}
