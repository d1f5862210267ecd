import { Injectable } from '@nestjs/common';
import { Clock } from '@sunshine/platform';
import { RegisterPetitionService } from '../registration/register-petition.service';
import { ChannelRecordsRepository } from './channel-records.repository';
import { derivedKey } from './channel-keys';
import { notInFuture, notInPast } from './channels.errors';
import type { UpperLevelReceiptDto } from './dto/channel-receipts.response.dto';
import type { UpperLevelItemRequest } from './dto/upper-level-item.request.dto';

const CLOCK_SKEW_MS = 2 * 60_000;

/**
 * 上级转送/交办: registers items from the national bureau and the provincial and municipal
 * offices and leader mailboxes. (source, sourceRef) identifies an item: sending it again returns
 * the same receipt; the same reference with other content is refused (409).
 */
@Injectable()
export class RegisterUpperLevelItemService {
  constructor(
    private readonly registration: RegisterPetitionService,
    private readonly records: ChannelRecordsRepository,
    private readonly clock: Clock,
  ) {}

  async register(item: UpperLevelItemRequest): Promise<UpperLevelReceiptDto> {
    const now = this.clock.now();
    const transferredAt = new Date(item.transferredAt);
    if (transferredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw notInFuture('transferredAt');
    const dueBy = item.dueBy ? new Date(item.dueBy) : undefined;
    if (dueBy && dueBy.getTime() <= now.getTime()) throw notInPast('dueBy');

    const sourceRef = `${item.source}:${item.sourceRef}`;
    const receipt = await this.registration.register(
      {
        channel: 'upper-level',
        subject: item.subject,
        text: item.text,
        petitioner: item.petitioner,
        confidential: item.confidential,
        area: item.area,
        kindHint: item.kind,
        ...(item.category ? { categoryHint: { level1: item.category.level1, ...(item.category.level2 ? { level2: item.category.level2 } : {}) } } : {}),
        sourceRef,
        dueBy,
        receivedAt: transferredAt,
      },
      { key: derivedKey(item.source, item.sourceRef), scope: 'upper-level', body: item },
    );
    await this.records.recordUpperLevelItem({
      _id: sourceRef,
      petitionId: receipt.petitionId,
      caseNumber: receipt.caseNumber,
      transferKind: item.transferKind,
      transferredAt,
      ...(dueBy ? { dueBy } : {}),
      recordedAt: now,
    });
    return { ...receipt, sourceRef, ...(dueBy ? { dueBy: dueBy.toISOString() } : {}) };
  }
}
