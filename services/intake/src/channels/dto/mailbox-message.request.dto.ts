import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';

/** The two leaders' mailboxes (书记信箱 / 区长信箱) and the channel each one is. */
export const MAILBOXES = { secretary: 'secretary-mailbox', head: 'head-mailbox' } as const;
export type Mailbox = keyof typeof MAILBOXES;

export class MailboxParams {
  @ApiProperty({ enum: Object.keys(MAILBOXES), example: 'secretary', description: 'secretary = 书记信箱, head = 区长信箱' })
  @IsIn(Object.keys(MAILBOXES))
  mailbox!: Mailbox;
}

export class MailSenderDto {
  @ApiPropertyOptional({ example: '王建国', description: 'Display name of the sender (sealed; masked in the text)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @HasNoControlCharacters()
  name?: string;

  @ApiProperty({ example: 'wangjianguo@example.cn', description: 'The sender’s address: the petitioner’s e-mail (sealed, blind-indexed)' })
  @IsString()
  @MaxLength(254)
  @IsEmail()
  address!: string;
}

/** A message the mail gateway took from a leader's mailbox, as JSON. */
export class MailboxMessageRequest {
  @ApiProperty({
    example: '<20261126083012.4711@mail.example.cn>',
    description: 'The RFC 5322 Message-ID (with or without <>). A re-delivery with the same Message-ID returns the same receipt.',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(998)
  @HasNoControlCharacters()
  messageId!: string;

  @ApiProperty({ type: MailSenderDto })
  @ValidateNested()
  @Type(() => MailSenderDto)
  from!: MailSenderDto;

  @ApiProperty({ example: '滨江路人行道积水严重，请尽快疏通', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @HasNoControlCharacters()
  subject!: string;

  @ApiProperty({
    example: '书记您好：滨江路嘉州花园门口的人行道每逢下雨就积水，最深处没过脚踝，老人孩子出行很不方便。恳请安排疏通排水管道。',
    maxLength: 10_000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  body!: string;

  @ApiProperty({ example: '2026-11-26T08:30:12+08:00', description: 'When the mailbox received it (ISO 8601); becomes the receipt time' })
  @IsISO8601({ strict: true })
  receivedAt!: string;
}
