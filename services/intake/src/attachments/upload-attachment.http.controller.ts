import { Controller, HttpCode, Post, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '@sunshine/auth';
import { AttachmentRepository } from './attachment.repository';
import { AttachmentMissing, AttachmentTooLarge, UnsupportedAttachment } from './attachment.errors';
import { detectContentType, MAX_ATTACHMENT_BYTES } from './magic-bytes';

/** What multer hands over (memory storage). */
interface UploadedBytes {
  buffer: Buffer;
  size: number;
}

class AttachmentReceiptDto {
  @ApiProperty({ example: '6745a1c2e4b0a1b2c3d4e5f6', description: 'Put it in attachmentIds of the petition (within a day)' })
  id!: string;

  @ApiProperty({ example: 'image/jpeg', description: 'Detected from the content, not from the name' })
  contentType!: string;

  @ApiProperty({ example: 482113 })
  size!: number;

  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  sha256!: string;
}

@ApiTags('petitions')
@Controller('api/v1/attachments')
export class UploadAttachmentHttpController {
  constructor(private readonly attachments: AttachmentRepository) {}

  @Post()
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 0 } }))
  @ApiOperation({
    summary: 'Upload one piece of evidence (a photo or a PDF, ≤ 10 MB) before submitting the petition',
    description: 'The type is checked by the file’s bytes. Up to 5 attachment ids may then be given in a petition’s attachmentIds.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiCreatedResponse({ type: AttachmentReceiptDto })
  async upload(@UploadedFile() file?: UploadedBytes): Promise<AttachmentReceiptDto> {
    if (!file) throw new AttachmentMissing();
    if (file.size > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLarge();
    const contentType = detectContentType(file.buffer);
    if (!contentType) throw new UnsupportedAttachment();
    return this.attachments.store(file.buffer, contentType);
  }
}
