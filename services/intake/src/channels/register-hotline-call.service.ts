import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Principal } from '@sunshine/auth';
import { STATUTORY } from '@sunshine/contracts';
import { Clock } from '@sunshine/platform';
import { RegisterPetitionService, type RegistrationReceipt } from '../registration/register-petition.service';
import { ChannelRecordsRepository } from './channel-records.repository';
import { notInFuture, OperatorMismatch } from './channels.errors';
import type { HotlineReceiptDto } from './dto/channel-receipts.response.dto';
import type { HotlineCallRequest } from './dto/hotline-call.request.dto';

/** The operator's PC clock may run a little ahead of ours; more than this is a wrong time. */
const CLOCK_SKEW_MS = 2 * 60_000;

/** `7KQ2M-X9TPA` → `7、K、Q、2、M，横杠，X、9、T、P、A`: one character at a time, as read on the phone. */
export function spellQueryCode(code: string, language: 'zh-CN' | 'en'): string {
  const [a, b] = code.split('-');
  const spell = (part: string) => [...part].join(language === 'zh-CN' ? '、' : ', ');
  return language === 'zh-CN' ? `${spell(a)}，横杠，${spell(b ?? '')}` : `${spell(a)}, dash, ${spell(b ?? '')}`;
}

/**
 * 电话热线: registers the call a hotline operator (话务员) took and summarised. The caller's number
 * is the petitioner's phone; the operator is whoever holds the token.
 */
@Injectable()
export class RegisterHotlineCallService {
  private readonly timeZone: string;

  constructor(
    private readonly registration: RegisterPetitionService,
    private readonly records: ChannelRecordsRepository,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.timeZone = config.getOrThrow<string>('INTAKE_TIME_ZONE');
  }

  async register(call: HotlineCallRequest, operator: Principal, idempotencyKey?: string): Promise<HotlineReceiptDto> {
    if (call.operatorId !== undefined && call.operatorId !== operator.subject) throw new OperatorMismatch();
    const startedAt = new Date(call.callStartedAt);
    if (startedAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS) throw notInFuture('callStartedAt');

    const receipt = await this.registration.register(
      {
        channel: 'hotline',
        subject: call.subject,
        text: call.summary,
        petitioner: { ...call.caller, phone: call.callerNumber },
        confidential: call.confidential,
        area: call.area,
        kindHint: call.kind,
        ...(call.category ? { categoryHint: { level1: call.category.level1, ...(call.category.level2 ? { level2: call.category.level2 } : {}) } } : {}),
        receivedAt: startedAt,
      },
      { key: idempotencyKey, scope: `hotline:${operator.subject}`, body: call },
    );
    await this.records.recordCall({
      _id: receipt.petitionId,
      caseNumber: receipt.caseNumber,
      operatorId: operator.subject,
      callStartedAt: startedAt,
      durationSeconds: call.durationSeconds,
      recordedAt: this.clock.now(),
    });
    return { ...receipt, readOut: this.readOut(receipt) };
  }

  /** What the operator reads to the caller: case number, query code letter by letter, the statutory promise. */
  private readOut(receipt: RegistrationReceipt): HotlineReceiptDto['readOut'] {
    const by = new Date(receipt.acceptanceDecisionBy);
    const zhDate = new Intl.DateTimeFormat('zh-CN', { timeZone: this.timeZone, dateStyle: 'long' }).format(by);
    const enDate = new Intl.DateTimeFormat('en-GB', { timeZone: this.timeZone, dateStyle: 'long' }).format(by);
    return {
      'zh-CN':
        `您的来电已登记，信访件编号 ${receipt.caseNumber}。查询码是：${spellQueryCode(receipt.queryCode, 'zh-CN')}。` +
        `请记下编号和查询码，凭此查询办理进度、评价办理结果。` +
        `依照《信访工作条例》，有权处理的机关将在收到之日起十五日内，即${zhDate}前，决定是否受理，并告知您。`,
      en:
        `Your call is registered as ${receipt.caseNumber}. Your query code is ${spellQueryCode(receipt.queryCode, 'en')}. ` +
        `Please write both down: they let you follow the progress and rate the reply. Under the Regulations on Letters ` +
        `and Visits the responsible body decides within ${STATUTORY.acceptDays} days of receipt, by ${enDate}, whether to accept it, and tells you.`,
    };
  }
}
