import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Model } from 'mongoose';
import { Clock, RequestValidationError, toFieldErrors } from '@sunshine/platform';
import { AttachmentRepository } from '../attachments/attachment.repository';
import { PETITIONS, type PetitionRecord } from '../registration/petition.schema';
import { RegisterPetitionService } from '../registration/register-petition.service';
import { ChannelRecordsRepository } from './channel-records.repository';
import { derivedKey, normalizeMessageId } from './channel-keys';
import { EmlUnreadable } from './channels.errors';
import type { MailboxReceiptDto } from './dto/channel-receipts.response.dto';
import { MAILBOXES, MailboxMessageRequest, type Mailbox } from './dto/mailbox-message.request.dto';
import { parseEml, triageAttachments, type TriagedAttachment } from './eml';

const NO_SUBJECT = '（无主题）';

/** A mailbox message in one shape, whichever way the gateway delivered it. */
interface MailboxMessage {
  messageId: string;
  from: { name?: string; address: string };
  subject: string;
  text: string;
  receivedAt: Date;
}

/**
 * 书记信箱 / 区长信箱: registers the messages the mail gateway takes from the two leaders'
 * mailboxes, as JSON items or as raw RFC 5322 messages. A message is identified by its Message-ID
 * in its mailbox: delivering it again returns the same receipt and never a second petition; the
 * same Message-ID with other content is refused (409).
 */
@Injectable()
export class RegisterMailboxMessageService {
  constructor(
    private readonly registration: RegisterPetitionService,
    private readonly attachments: AttachmentRepository,
    private readonly records: ChannelRecordsRepository,
    @InjectModel(PETITIONS) private readonly petitions: Model<PetitionRecord>,
    private readonly clock: Clock,
  ) {}

  async registerJson(mailbox: Mailbox, item: MailboxMessageRequest): Promise<MailboxReceiptDto> {
    return this.register(
      mailbox,
      {
        messageId: normalizeMessageId(item.messageId),
        from: { ...(item.from.name?.trim() ? { name: item.from.name.trim() } : {}), address: item.from.address },
        subject: item.subject,
        text: item.body,
        receivedAt: new Date(item.receivedAt),
      },
      [],
    );
  }

  async registerEml(mailbox: Mailbox, raw: Buffer): Promise<MailboxReceiptDto> {
    const parsed = await parseEml(raw).catch(() => {
      throw new EmlUnreadable({ 'zh-CN': '邮件格式无法解析。', en: 'The message could not be parsed.' });
    });
    if (!parsed.messageId || !normalizeMessageId(parsed.messageId)) {
      throw new EmlUnreadable({
        'zh-CN': '邮件缺少 Message-ID，无法防止重复登记，请由邮件网关补充后再提交。',
        en: 'The message has no Message-ID, so a re-delivery could not be recognised; let the gateway add one.',
      });
    }
    const firstLine = parsed.text.split('\n').find((line) => line.trim())?.trim() ?? '';
    const subject = parsed.subject ?? (firstLine ? firstLine.slice(0, 60) : NO_SUBJECT);
    // Validate what the message says with the same rules as the JSON item: field errors name
    // the item's fields (from.address, subject, body).
    const item = plainToInstance(MailboxMessageRequest, {
      messageId: parsed.messageId,
      from: parsed.from ?? {},
      subject: subject.length > 200 ? `${subject.slice(0, 199)}…` : subject,
      body: parsed.text,
      receivedAt: (parsed.date && parsed.date <= this.clock.now() ? parsed.date : this.clock.now()).toISOString(),
    });
    const errors = await validate(item, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: true, value: false } });
    if (errors.length) throw new RequestValidationError(toFieldErrors(errors));
    const message: MailboxMessage = {
      messageId: normalizeMessageId(item.messageId),
      from: { ...(item.from.name ? { name: item.from.name } : {}), address: item.from.address },
      subject: item.subject,
      text: item.body,
      receivedAt: new Date(item.receivedAt),
    };
    return this.register(mailbox, message, triageAttachments(parsed.parts));
  }

  private async register(mailbox: Mailbox, message: MailboxMessage, triaged: TriagedAttachment[]): Promise<MailboxReceiptDto> {
    const channel = MAILBOXES[mailbox];
    const key = derivedKey(message.messageId);
    const recordId = `${mailbox}:${key}`;
    const kept = triaged.filter((a): a is Extract<TriagedAttachment, { kept: true }> => a.kept);
    // The request's identity: the Message-ID and what the message says. Not the received-at
    // time, which a gateway may stamp anew on re-delivery.
    const identity = {
      messageId: message.messageId,
      from: { name: message.from.name ?? null, address: message.from.address.toLowerCase() },
      subject: message.subject,
      text: message.text,
      attachments: kept.map((a) => createHash('sha256').update(a.bytes).digest('hex')),
    };
    // A re-delivery of a registered message stores nothing: registration replays the receipt.
    const known = await this.records.mailboxMessage(recordId);
    const attachmentIds = known ? [] : await Promise.all(kept.map(async (a) => (await this.attachments.store(a.bytes, a.contentType)).id));

    const receipt = await this.registration.register(
      {
        channel,
        subject: message.subject,
        text: message.text,
        petitioner: { ...(message.from.name ? { name: message.from.name } : {}), email: message.from.address },
        receivedAt: message.receivedAt,
        sourceRef: `message-id:${key}`,
        attachmentIds,
      },
      { key, scope: `mailbox:${mailbox}`, body: identity },
    );
    await this.records.recordMailboxMessage({ _id: recordId, petitionId: receipt.petitionId, caseNumber: receipt.caseNumber, recordedAt: this.clock.now() });

    // The attachments the petition holds, in the order they were kept (the same on a replay).
    const stored = (await this.petitions.findById(receipt.petitionId, { attachments: 1 }).lean())?.attachments ?? [];
    return {
      ...receipt,
      channel,
      messageId: message.messageId,
      attachments: stored.map((ref, i) => ({ id: ref.id, ...(kept[i]?.filename ? { filename: kept[i].filename } : {}), contentType: ref.contentType, size: ref.size })),
      ignoredAttachments: triaged.flatMap((a) => (a.kept ? [] : [{ ...(a.filename ? { filename: a.filename } : {}), reason: a.reason }])),
    };
  }
}
