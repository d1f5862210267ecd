import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PetitionKinds, ReplyOutcomes } from '@sunshine/contracts';
import type { PromiseRecord, ReplyRecord, TransferRecord } from '../../cases/case';
import { promiseView } from '../reply-by-kind';

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : undefined);

class StandardAnswerRefDto {
  @ApiProperty({ example: 'sa-social-insurance-transfer' })
  id!: string;

  @ApiProperty({ example: 2, description: 'The version cited' })
  version!: number;
}

class AssistingOpinionDto {
  @ApiProperty({ example: 'town-jiayang' })
  unitId!: string;

  @ApiProperty({ example: '经现场核查，夜间施工许可已于11月20日到期，我镇将配合查处。' })
  opinion!: string;
}

/** A reply as the workbench shows it: the composed text and the parts it was composed from. */
export class ReplyDto {
  @ApiProperty({ example: 1, description: '1 for the first reply, 2 for the reply after a reopening, …' })
  round!: number;

  @ApiProperty({ example: 'supported', enum: ReplyOutcomes.codes })
  outcome!: string;

  @ApiProperty({ example: '您好！您投诉的问题已收悉……如对本答复意见不服，可自收到本答复意见之日起30日内……提出复查请求。', description: 'The written reply as the petitioner reads it' })
  text!: string;

  @ApiProperty({ example: '2026-12-05T08:00:00.000Z' })
  repliedAt!: string;

  @ApiProperty({ example: 'staff-ecology-007', description: 'The official who replied' })
  repliedBy!: string;

  @ApiPropertyOptional({ example: 'complaint', enum: PetitionKinds.codes })
  kind?: string;

  @ApiPropertyOptional({ example: '经现场核查，该工地多次在22时后施工。', description: '查明的事实' })
  facts?: string;

  @ApiPropertyOptional({ example: '已责令施工单位停止夜间施工，并依法处以罚款。', description: '处理意见' })
  decision?: string;

  @ApiPropertyOptional({ example: '《中华人民共和国噪声污染防治法》第四十三条', description: '处理依据' })
  basis?: string;

  @ApiPropertyOptional({ example: '如对本答复意见不服，可自收到本答复意见之日起30日内向区人民政府信访复查复核机关提出复查请求（《信访工作条例》第三十五条）。' })
  reviewRights?: string;

  @ApiPropertyOptional({ example: '2027-01-15T15:59:59.999Z', description: 'For scheduled' })
  promisedBy?: string;

  @ApiPropertyOptional({ example: '2027-01-10T02:00:00.000Z', description: 'For explained' })
  nextCheckAt?: string;

  @ApiPropertyOptional({ type: StandardAnswerRefDto })
  standardAnswer?: StandardAnswerRefDto;

  @ApiPropertyOptional({ type: [AssistingOpinionDto], description: '协办意见 shown in the reply' })
  assistingOpinions?: AssistingOpinionDto[];
}

export class PromiseViewDto {
  @ApiProperty({ example: '2027-01-15T15:59:59.999Z' })
  promisedBy!: string;

  @ApiPropertyOptional({ example: '2027-01-05T02:00:00.000Z', description: 'When the completion note came' })
  completedAt?: string;

  @ApiPropertyOptional({ example: '施工单位已加装隔音屏障，夜间施工已停止。' })
  note?: string;

  @ApiProperty({ example: false, description: 'Past its date without a completion note, or completed late (落实不到位)' })
  overdue!: boolean;
}

export class TransferViewDto {
  @ApiProperty({ example: '区人民法院' })
  toBody!: string;

  @ApiProperty({ example: '所涉合同纠纷已由人民法院立案受理' })
  reason!: string;

  @ApiProperty({ example: '《信访工作条例》第三十一条第（一）项' })
  legalBasis!: string;

  @ApiProperty({ example: '2026-11-28T02:00:00.000Z' })
  transferredAt!: string;
}

export function replyView(r: ReplyRecord): ReplyDto {
  const { promisedBy, nextCheckAt, repliedAt, ...rest } = r;
  return {
    ...rest,
    repliedAt: iso(repliedAt)!,
    ...(promisedBy ? { promisedBy: iso(promisedBy) } : {}),
    ...(nextCheckAt ? { nextCheckAt: iso(nextCheckAt) } : {}),
  };
}

/** The reply-side additions of the case view: the promise and its light, the transfer, the upper-level date kept. */
export function replyStateView(
  record: { promise?: PromiseRecord | null; transferred?: TransferRecord; upperLevelDueBy?: Date | null },
  now: Date,
): { promise?: PromiseViewDto; transferred?: TransferViewDto; upperLevelDueBy?: string } {
  const promise = promiseView(record.promise, now);
  return {
    ...(promise
      ? {
          promise: {
            promisedBy: iso(promise.promisedBy)!,
            ...(promise.completedAt ? { completedAt: iso(promise.completedAt), note: record.promise?.note } : {}),
            overdue: promise.overdue,
          },
        }
      : {}),
    ...(record.transferred
      ? {
          transferred: {
            toBody: record.transferred.toBody,
            reason: record.transferred.reason,
            legalBasis: record.transferred.legalBasis,
            transferredAt: iso(record.transferred.transferredAt)!,
          },
        }
      : {}),
    ...(record.upperLevelDueBy ? { upperLevelDueBy: iso(record.upperLevelDueBy) } : {}),
  };
}
