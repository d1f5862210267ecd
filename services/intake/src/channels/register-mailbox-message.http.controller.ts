import { Body, Controller, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '@sunshine/auth';
import { MailboxReceiptDto } from './dto/channel-receipts.response.dto';
import { MailboxMessageRequest, MailboxParams } from './dto/mailbox-message.request.dto';
import { MAX_EML_MB, RawMessage, RawMessageInterceptor } from './raw-message.interceptor';
import { RegisterMailboxMessageService } from './register-mailbox-message.service';

const EXAMPLE_EML = [
  'Message-ID: <20261126083012.4711@mail.example.cn>',
  'Date: Thu, 26 Nov 2026 08:30:12 +0800',
  'From: =?UTF-8?B?546L5bu65Zu9?= <wangjianguo@example.cn>',
  'To: shuji@shawan.gov.cn',
  'Subject: =?UTF-8?B?5ruo5rGf6Lev5Lq66KGM6YGT56ev5rC05Lil6YeN?=',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=UTF-8',
  'Content-Transfer-Encoding: base64',
  '',
  '5Lmm6K6w5oKo5aW977ya5ruo5rGf6Lev5Lq66KGM6YGT5q+P6YCi5LiL6Zuo5bCx56ev5rC044CC',
].join('\r\n');

@ApiTags('channels')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'problem+json (zh-CN and en): one error per failed field; unknown fields, wrong types, __proto__ keys and texts over 10,000 characters are refused' })
@ApiUnauthorizedResponse({ description: 'No or invalid bearer token' })
@ApiForbiddenResponse({ description: 'The token lacks the channel role' })
@ApiConflictResponse({ description: 'the same Message-ID in the mailbox with other content (IDEMPOTENCY.KEY_REUSED)' })
@ApiPayloadTooLargeResponse({ description: 'JSON body over 1 MB' })
@Controller('api/v1/channels/mailboxes')
export class RegisterMailboxMessageHttpController {
  constructor(private readonly mailboxes: RegisterMailboxMessageService) {}

  @Post(':mailbox/messages')
  @Roles('channel')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Register a message from the Party secretary’s or the district head’s mailbox (书记信箱 / 区长信箱), as JSON',
    description:
      'Role channel (the mail gateway). Idempotent on the Message-ID within the mailbox: delivering the same message ' +
      'again answers 201 with the same receipt (same case number and query code) and registers nothing; the same ' +
      'Message-ID with a different sender, subject or body is refused with 409 IDEMPOTENCY.KEY_REUSED. The received-at ' +
      'time is not part of the comparison (gateways re-stamp it on re-delivery).',
  })
  @ApiParam({ name: 'mailbox', enum: ['secretary', 'head'] })
  @ApiCreatedResponse({ type: MailboxReceiptDto })
  registerJson(@Param() params: MailboxParams, @Body() body: MailboxMessageRequest): Promise<MailboxReceiptDto> {
    return this.mailboxes.registerJson(params.mailbox, body);
  }

  @Post(':mailbox/eml')
  @Roles('channel')
  @HttpCode(201)
  @UseInterceptors(RawMessageInterceptor)
  @ApiOperation({
    summary: 'Register a raw e-mail (RFC 5322, Content-Type message/rfc822) from a leader’s mailbox',
    description:
      `Role channel. The whole message, at most ${MAX_EML_MB} MB, parsed with mailparser: sender name and address, ` +
      'subject (encoded words decoded), the plain text or else the text of the HTML part, date and Message-ID. Attached ' +
      'photos and PDFs (judged by their bytes, ≤ 10 MB each, the first 5) become the petition’s attachments; other parts ' +
      'are listed in ignoredAttachments with the reason. Same idempotency as the JSON route: 201 with the same receipt ' +
      'for a re-delivery, 409 for the same Message-ID with other content. A message without a Message-ID is refused (400).',
  })
  @ApiParam({ name: 'mailbox', enum: ['secretary', 'head'] })
  @ApiConsumes('message/rfc822')
  @ApiBody({ schema: { type: 'string', format: 'binary', example: EXAMPLE_EML }, description: 'The raw message' })
  @ApiCreatedResponse({ type: MailboxReceiptDto })
  registerEml(@Param() params: MailboxParams, @RawMessage() raw: Buffer): Promise<MailboxReceiptDto> {
    return this.mailboxes.registerEml(params.mailbox, raw);
  }
}
