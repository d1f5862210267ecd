import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import {
  createEvent,
  formatQueryCode,
  generateQueryCode,
  hashQueryCode,
  STATUTORY,
  type CategoryRef,
  type Channel,
  type PetitionKind,
  type PetitionRegistered,
  type ProblemLocation,
} from '@sunshine/contracts';
import { isDuplicateKeyError, MessagingService, outboxFields } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { AttachmentNotAvailable } from '../attachments/attachment.errors';
import { AttachmentRepository } from '../attachments/attachment.repository';
import { BlindIndexer } from '../privacy/blind-index';
import { protectIdentity, type PetitionerInput } from '../privacy/petitioner-identity';
import { PiiCipher } from '../privacy/pii-cipher';
import { redactText } from '../privacy/redact';
import { formatCaseNumber, localYear } from './case-number';
import { CaseNumberRepository } from './case-number.repository';
import { IdempotencyRepository, requestHash } from './idempotency.repository';
import { PETITIONS, type PetitionRecord } from './petition.schema';
import { IdempotencyInProgress, IdempotencyKeyReused } from './registration.errors';

/** What every channel hands to registration, after its own validation. */
export interface RegistrationInput {
  channel: Channel;
  subject: string;
  text: string;
  petitioner?: PetitionerInput;
  /** 检举控告: seal the identity from every unit. */
  confidential?: boolean;
  area?: string;
  kindHint?: PetitionKind;
  /** A category the channel already knows (an Open311 service, the operator's choice). */
  categoryHint?: CategoryRef;
  /** Where the problem is (not where the petitioner lives). */
  location?: ProblemLocation;
  sourceRef?: string;
  dueBy?: Date;
  /** When the channel received it (a mailbox's received-at); defaults to now. */
  receivedAt?: Date;
  /** Uploaded attachments to claim for this petition (at most 5). */
  attachmentIds?: string[];
}

export interface RegistrationReceipt {
  petitionId: string;
  caseNumber: string;
  /** Shown once; with the case number it opens the progress view and the rating. */
  queryCode: string;
  receivedAt: string;
  /** 信访工作条例 art. 31: a decision on acceptance within `STATUTORY.acceptDays` of receipt. */
  acceptanceDecisionBy: string;
  acknowledgement: { 'zh-CN': string; en: string };
}

export interface IdempotencyOptions {
  /** The client's Idempotency-Key, if any. */
  key?: string;
  /** Who may replay the key (the channel and caller), so keys of different clients never meet. */
  scope: string;
  /** The request as received, hashed to tell a retry from a different request. */
  body: unknown;
}

const DAY = 86_400_000;

/** A UUID derived from an idempotency key: a retry after a crash finds the same petition. */
function petitionIdFromKey(scope: string, key: string): string {
  const h = createHash('sha256').update(`${scope}\u0000${key}`).digest('hex');
  // RFC 9562 version 8 (custom), variant 10.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Registers a petition from any channel (登记): case number, query code, sealed identity,
 * redacted text, and the `petition.registered` event in the same single write as the
 * petition. A 201 therefore means the petition is durable and its event will be published.
 */
@Injectable()
export class RegisterPetitionService {
  private readonly district: string;
  private readonly timeZone: string;

  constructor(
    @InjectModel(PETITIONS) private readonly petitions: Model<PetitionRecord>,
    private readonly caseNumbers: CaseNumberRepository,
    private readonly idempotency: IdempotencyRepository,
    private readonly cipher: PiiCipher,
    private readonly indexer: BlindIndexer,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
    private readonly attachmentStore: AttachmentRepository,
    config: ConfigService,
  ) {
    this.district = config.getOrThrow<string>('INTAKE_DISTRICT_CODE');
    this.timeZone = config.getOrThrow<string>('INTAKE_TIME_ZONE');
  }

  async register(input: RegistrationInput, idempotency?: IdempotencyOptions): Promise<RegistrationReceipt> {
    if (!idempotency?.key) return this.registerNew(input, uuidv7());

    const recordId = `${idempotency.scope}:${idempotency.key}`;
    const claim = await this.idempotency.claim(recordId, requestHash(idempotency.body), this.clock.now());
    if (claim.kind === 'conflict') throw new IdempotencyKeyReused();
    if (claim.kind === 'in-progress') throw new IdempotencyInProgress();
    if (claim.kind === 'replay') return JSON.parse(this.cipher.decrypt(claim.response, `idempotency:${recordId}`)) as RegistrationReceipt;

    const petitionId = petitionIdFromKey(idempotency.scope, idempotency.key);
    try {
      const receipt = (claim.takeover && (await this.recoverAfterCrash(petitionId))) || (await this.registerNew(input, petitionId, idempotency.key));
      await this.idempotency.complete(recordId, this.cipher.encrypt(JSON.stringify(receipt), `idempotency:${recordId}`));
      return receipt;
    } catch (error) {
      if (!isDuplicateKeyError(error)) await this.idempotency.release(recordId).catch(() => undefined);
      throw error;
    }
  }

  private async registerNew(input: RegistrationInput, petitionId: string, idempotencyKey?: string): Promise<RegistrationReceipt> {
    const now = this.clock.now();
    const receivedAt = input.receivedAt && input.receivedAt < now ? input.receivedAt : now;
    const attachments = input.attachmentIds?.length ? await this.attachmentStore.claim(input.attachmentIds, petitionId) : [];
    if (!attachments) throw new AttachmentNotAvailable();
    // The verifier is computed on the thread pool while the case number is allocated.
    const queryCode = generateQueryCode();
    const verifying = hashQueryCode(queryCode);
    verifying.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    const year = localYear(now, this.timeZone);
    const caseNumber = formatCaseNumber(this.district, year, await this.caseNumbers.next(`${this.district}-${year}`));
    const queryCodeVerifier = await verifying;
    const identity = protectIdentity(petitionId, input.petitioner, this.cipher, this.indexer);
    const text = redactText(input.text, input.petitioner);
    const subject = redactText(input.subject, input.petitioner);
    const confidential = input.confidential ?? false;

    const payload: PetitionRegistered = {
      caseNumber,
      channel: input.channel,
      subject,
      text,
      receivedAt: receivedAt.toISOString(),
      ...(input.area ? { area: input.area } : {}),
      confidential,
      anonymous: identity.anonymous,
      ...(identity.ref ? { petitionerRef: identity.ref } : {}),
      petitionerKeys: identity.keys,
      queryCodeVerifier,
      ...(input.kindHint ? { kindHint: input.kindHint } : {}),
      ...(input.categoryHint ? { categoryHint: input.categoryHint } : {}),
      ...(input.sourceRef ? { sourceRef: input.sourceRef } : {}),
      ...(input.dueBy ? { dueBy: input.dueBy.toISOString() } : {}),
      ...(input.location ? { location: input.location } : {}),
      attachments,
    };
    const event = createEvent('petition.registered', { petitionId }, payload, this.messaging.eventMeta(now));

    await this.caseNumbers.link(caseNumber, petitionId);
    await this.petitions.create({
      _id: petitionId,
      caseNumber,
      channel: input.channel,
      subject,
      text,
      originalText: this.cipher.encrypt(JSON.stringify({ subject: input.subject, text: input.text }), `${petitionId}:original`),
      receivedAt,
      ...(input.area ? { area: input.area } : {}),
      confidential,
      anonymous: identity.anonymous,
      petitioner: identity.sealed,
      petitionerKeys: identity.keys,
      ...(identity.ref ? { petitionerRef: identity.ref } : {}),
      queryCodeVerifier,
      ...(idempotencyKey ? { idempotencyKey } : {}),
      ...(input.sourceRef ? { sourceRef: input.sourceRef } : {}),
      ...(input.kindHint ? { kindHint: input.kindHint } : {}),
      ...(input.categoryHint ? { categoryHint: input.categoryHint } : {}),
      ...(input.location ? { location: input.location } : {}),
      ...(input.dueBy ? { dueBy: input.dueBy } : {}),
      attachments,
      progress: { steps: [{ code: 'petition.registered', at: receivedAt, eventId: event.id, params: { caseNumber } }] },
      ...outboxFields([event]),
    });
    this.messaging.kick(PETITIONS, [petitionId]);
    return this.receipt(petitionId, caseNumber, queryCode, receivedAt);
  }

  /**
   * A previous attempt with this key crashed after storing the petition but before saving the
   * answer. The query code was only ever in that lost answer, so a new one is issued.
   */
  private async recoverAfterCrash(petitionId: string): Promise<RegistrationReceipt | undefined> {
    const existing = await this.petitions.findById(petitionId).lean();
    if (!existing) return undefined;
    const queryCode = generateQueryCode();
    await this.petitions.updateOne({ _id: petitionId }, { $set: { queryCodeVerifier: await hashQueryCode(queryCode) } });
    return this.receipt(petitionId, existing.caseNumber, queryCode, existing.receivedAt);
  }

  private receipt(petitionId: string, caseNumber: string, queryCode: string, receivedAt: Date): RegistrationReceipt {
    const acceptBy = new Date(receivedAt.getTime() + STATUTORY.acceptDays * DAY);
    const printed = formatQueryCode(queryCode);
    const date = new Intl.DateTimeFormat('zh-CN', { timeZone: this.timeZone, dateStyle: 'long' }).format(acceptBy);
    return {
      petitionId,
      caseNumber,
      queryCode: printed,
      receivedAt: receivedAt.toISOString(),
      acceptanceDecisionBy: acceptBy.toISOString(),
      acknowledgement: {
        'zh-CN':
          `您的信访件已登记，编号 ${caseNumber}，查询码 ${printed}。请妥善保存编号和查询码，凭此查询办理进度、评价办理结果。` +
          `依照《信访工作条例》，有权处理的机关将在收到之日起十五日内（${date}前）决定是否受理，并告知您。`,
        en:
          `Your petition is registered as ${caseNumber}; your query code is ${printed}. Keep both: they let you follow ` +
          `its progress and rate the reply. Under the Regulations on Letters and Visits the responsible body decides ` +
          `within ${STATUTORY.acceptDays} days of receipt (by ${acceptBy.toISOString().slice(0, 10)}) whether to accept it, and tells you.`,
      },
    };
  }
}
