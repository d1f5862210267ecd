import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RegistrationReceiptDto } from '../../registration/dto/registration-receipt.response.dto';

class ReadOutDto {
  @ApiProperty({
    example: '您的来电已登记，编号 SW-2026-000123。查询码是：7、K、Q、2、M，横杠，X、9、T、P、A。……',
    description: 'What the operator reads to the caller before hanging up',
  })
  'zh-CN'!: string;

  @ApiProperty({ example: 'Your call is registered as SW-2026-000123. Your query code is 7, K, Q, 2, M, dash, X, 9, T, P, A. …' })
  en!: string;
}

/** 热线回执: the receipt plus the script the operator reads out. */
export class HotlineReceiptDto extends RegistrationReceiptDto {
  @ApiProperty({ type: ReadOutDto })
  readOut!: ReadOutDto;
}

class StoredAttachmentDto {
  @ApiProperty({ example: '6745a1c2e4b0a1b2c3d4e5f6' })
  id!: string;

  @ApiPropertyOptional({ example: '积水照片.jpg' })
  filename?: string;

  @ApiProperty({ example: 'image/jpeg', description: 'Detected from the bytes' })
  contentType!: string;

  @ApiProperty({ example: 48213 })
  size!: number;
}

class IgnoredAttachmentDto {
  @ApiPropertyOptional({ example: '报价单.xlsx' })
  filename?: string;

  @ApiProperty({ enum: ['unsupported-type', 'too-large', 'too-many'], example: 'unsupported-type' })
  reason!: 'unsupported-type' | 'too-large' | 'too-many';
}

/** 信箱回执: the receipt, the Message-ID it answers, and what became of the attachments. */
export class MailboxReceiptDto extends RegistrationReceiptDto {
  @ApiProperty({ example: 'secretary-mailbox' })
  channel!: string;

  @ApiProperty({ example: '20261126083012.4711@mail.example.cn', description: 'The Message-ID (without <>) this receipt answers' })
  messageId!: string;

  @ApiProperty({ type: [StoredAttachmentDto], description: 'Photos and PDFs kept as evidence (at most 5)' })
  attachments!: StoredAttachmentDto[];

  @ApiProperty({ type: [IgnoredAttachmentDto], description: 'Parts that were not kept, and why' })
  ignoredAttachments!: IgnoredAttachmentDto[];
}

/** 上级来件回执. */
export class UpperLevelReceiptDto extends RegistrationReceiptDto {
  @ApiProperty({ example: 'national-bureau:GJXF-2026-1126-00042', description: 'source:sourceRef, as carried by petition.registered' })
  sourceRef!: string;

  @ApiPropertyOptional({ example: '2026-12-20T16:00:00.000Z', description: 'The upper office’s own deadline' })
  dueBy?: string;
}
