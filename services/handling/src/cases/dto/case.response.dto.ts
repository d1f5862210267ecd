import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CaseStatuses, type CaseStatus } from '../case';
import type { CaseRecord } from '../case.schema';
import { PromiseViewDto, ReplyDto, replyStateView, replyView, TransferViewDto } from '../../replies/dto/reply-view.dto';
import type { WorkflowCase } from '../../case-workflow/case-workflow';
import {
  AssistOpinionViewDto,
  CaseDeadlinesDto,
  caseWorkflowView,
  CoordinationViewDto,
  ExtensionViewDto,
  InstructionViewDto,
  JointHandlingViewDto,
} from '../../case-workflow/dto/case-workflow.response.dto';

class CategoryDto {
  @ApiProperty({ example: '环境保护' })
  level1!: string;

  @ApiPropertyOptional({ example: '噪音污染' })
  level2?: string;

  @ApiPropertyOptional({ example: '建筑施工噪音' })
  level3?: string;
}

class ReopeningDto {
  @ApiProperty({ example: 1, description: 'The reply round that was sent back' })
  afterRound!: number;

  @ApiProperty({ example: 'dissatisfied', enum: ['dissatisfied', 'leader-sent-back', 'supervision'] })
  reason!: string;

  @ApiPropertyOptional({ example: '晚上还在施工' })
  note?: string;

  @ApiProperty({ example: '2026-12-08T01:00:00.000Z' })
  reopenedAt!: string;

  @ApiProperty({ example: '2027-01-07T01:00:00.000Z' })
  handleBy!: string;
}

class ReturnDto {
  @ApiProperty({ example: 'ecology-environment-bureau', description: 'The unit that returned it' })
  unitId!: string;

  @ApiProperty({ example: '夜间建筑施工噪音由城管执法部门查处' })
  reason!: string;

  @ApiPropertyOptional({ example: 'law-enforcement-bureau' })
  suggestedUnitId?: string;

  @ApiProperty({ example: '2026-11-27T03:00:00.000Z' })
  returnedAt!: string;
}

class NotAcceptedDto {
  @ApiPropertyOptional({ example: 'in-litigation', description: 'The ground in GET /api/v1/not-accept-reasons' })
  reasonCode?: string;

  @ApiProperty({ example: '该事项已进入诉讼程序' })
  reason!: string;

  @ApiProperty({ example: '信访工作条例 第三十条' })
  legalBasis!: string;

  @ApiProperty({ example: '2026-11-28T02:00:00.000Z' })
  decidedAt!: string;
}

class ClosureDto {
  @ApiProperty({ example: 'satisfied' })
  reason!: string;

  @ApiProperty({ example: '2026-12-20T01:00:00.000Z' })
  closedAt!: string;
}

class SupervisionOrderDto {
  @ApiProperty({ example: 'DB-2026-0042' })
  orderId!: string;

  @ApiProperty({ example: '超期未受理' })
  reason!: string;

  @ApiProperty({ example: '2026-12-18T09:00:00.000Z' })
  dueBy!: string;

  @ApiProperty({ example: 'supervisor-1' })
  issuedBy!: string;

  @ApiProperty({ example: '2026-12-12T09:00:00.000Z' })
  issuedAt!: string;

  @ApiPropertyOptional({ example: '2026-12-15T03:20:00.000Z', description: 'When the lead unit answered the order (督办回复)' })
  answeredAt?: string;

  @ApiPropertyOptional({ example: '已组织现场核查并书面答复信访人。', description: 'The lead unit’s answer' })
  answer?: string;

  @ApiProperty({ example: false, description: 'Unanswered past its due date' })
  overdue!: boolean;
}

/** A later petition linked to the case (判重并案): its number and how, never its petitioner. */
export class CaseDuplicateDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b02' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000187' })
  caseNumber!: string;

  @ApiProperty({ enum: ['repeat', 'joint'], example: 'joint', description: 'repeat: the same petitioner again (重复信访); joint: another person on the same matter (联名/同一事项)' })
  relation!: 'repeat' | 'joint';

  @ApiProperty({ example: 0.91, description: 'How alike routing found them (0–1)' })
  similarity!: number;

  @ApiProperty({ example: '2026-11-27T02:15:00.000Z' })
  linkedAt!: string;
}

/** A case as the workbench shows it. There is nothing about the petitioner in it. */
export class CaseResponseDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: 'accepted', enum: CaseStatuses })
  status!: CaseStatus;

  @ApiProperty({ example: 'ecology-environment-bureau', description: '主办单位' })
  leadUnitId!: string;

  @ApiProperty({ example: '区生态环境局' })
  leadUnitName!: string;

  @ApiProperty({ example: ['town-jiayang'], description: '协办单位', type: [String] })
  assistingUnitIds!: string[];

  @ApiPropertyOptional({ example: 'leader-deputy-head-1', description: '包案领导' })
  leaderInCharge?: string;

  @ApiPropertyOptional({ example: '请区生态环境局牵头，嘉阳镇配合，尽快查处。', description: "The leader's instruction (批示)" })
  instruction?: string;

  @ApiProperty({ example: '嘉州花园小区旁工地夜间施工噪音扰民' })
  subject!: string;

  @ApiProperty({ example: '小区东侧的工地连续两周在晚上十一点以后还在浇筑混凝土，噪音很大。' })
  text!: string;

  @ApiProperty({ example: 'complaint', enum: ['suggestion', 'consultation', 'request', 'complaint', 'report'] })
  kind!: string;

  @ApiProperty({ type: CategoryDto })
  category!: CategoryDto;

  @ApiProperty({ example: 'web' })
  channel!: string;

  @ApiProperty({ example: '2026-11-26T09:15:02.000Z' })
  receivedAt!: string;

  @ApiProperty({ example: false, description: '检举控告: the reporter is protected; nothing identifying ever reaches the unit' })
  confidential!: boolean;

  @ApiProperty({ example: '2026-12-11T09:15:02.000Z', description: 'Decide on acceptance by (信访工作条例 art. 31)' })
  acceptBy!: string;

  @ApiProperty({ example: '2027-01-26T02:00:00.000Z', description: 'Handle and reply by' })
  handleBy!: string;

  @ApiPropertyOptional({ example: '2026-11-27T02:00:00.000Z' })
  acceptedAt?: string;

  @ApiProperty({ example: 1, description: 'Replies made so far' })
  round!: number;

  @ApiProperty({ type: [ReplyDto] })
  replies!: ReplyDto[];

  @ApiProperty({ type: [ReopeningDto] })
  reopenings!: ReopeningDto[];

  @ApiProperty({ type: CaseDeadlinesDto, description: 'The deadlines now running (handleBy is the same date as the top-level field)' })
  deadlines!: CaseDeadlinesDto;

  @ApiPropertyOptional({ type: ExtensionViewDto, description: 'The latest extension request (延期申请) and its decision' })
  extension?: ExtensionViewDto;

  @ApiProperty({ type: [AssistOpinionViewDto], description: 'Each assisting unit: due date and whether its opinion (协办意见) came' })
  assistOpinions!: AssistOpinionViewDto[];

  @ApiPropertyOptional({ type: JointHandlingViewDto, description: 'The joint office’s convening (联合处理意见)' })
  jointHandling?: JointHandlingViewDto;

  @ApiPropertyOptional({ type: CoordinationViewDto, description: 'The lead unit’s request for coordination by the joint office' })
  coordination?: CoordinationViewDto;

  @ApiProperty({ type: [InstructionViewDto], description: 'Leaders’ instructions (批示) on the assigned case' })
  instructions!: InstructionViewDto[];

  @ApiPropertyOptional({ type: ReturnDto })
  returned?: ReturnDto;

  @ApiPropertyOptional({ type: NotAcceptedDto })
  notAccepted?: NotAcceptedDto;

  @ApiPropertyOptional({ type: TransferViewDto, description: '转送: the body the matter went to' })
  transferred?: TransferViewDto;

  @ApiPropertyOptional({ type: PromiseViewDto, description: 'A scheduled reply\'s promise (限期解决) and whether it is kept' })
  promise?: PromiseViewDto;

  @ApiPropertyOptional({ example: '2026-12-20T15:59:59.999Z', description: 'An upper-level office\'s earlier due date, kept through acceptance' })
  upperLevelDueBy?: string;

  @ApiPropertyOptional({ type: ClosureDto })
  closure?: ClosureDto;

  @ApiProperty({ type: [SupervisionOrderDto] })
  supervisionOrders!: SupervisionOrderDto[];

  @ApiProperty({ example: '2026-11-26T09:15:03.000Z', description: 'When the case reached its current lead unit' })
  assignedAt!: string;

  @ApiProperty({ example: '2026-11-27T02:00:00.000Z' })
  updatedAt!: string;
}

export class CasePageResponseDto {
  @ApiProperty({ type: [CaseResponseDto] })
  items!: CaseResponseDto[];

  @ApiPropertyOptional({ example: 'WzE3NjQxNDg1MDMwMDAsIjAxOTNhMWYyLTdjNGUtN2QzMS05YTJiLTVmNmU3ZDhjOWIwMSJd', description: 'Pass as `cursor` for the next page; absent on the last page' })
  nextCursor?: string;
}

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : undefined);

/** The record as the API shows it: dates as ISO strings, internals (outbox, inbox, version) left out. */
/** `assistDays` is HANDLING_ASSIST_DAYS: required, so no view shows assisting opinions due by a default. */
/** `now` is the service's clock (never the wall clock): overdue flags follow moved time in tests. */
export function toCaseResponse(record: CaseRecord, assistDays: number, now: Date): CaseResponseDto {
  return {
    ...caseWorkflowView(record as unknown as WorkflowCase, assistDays),
    ...replyStateView(record, now),
    petitionId: record._id,
    caseNumber: record.caseNumber,
    status: record.status,
    leadUnitId: record.leadUnitId,
    leadUnitName: record.leadUnitName,
    assistingUnitIds: record.assistingUnitIds ?? [],
    ...(record.leaderInCharge ? { leaderInCharge: record.leaderInCharge } : {}),
    ...(record.instruction ? { instruction: record.instruction } : {}),
    subject: record.subject,
    text: record.text,
    kind: record.kind,
    category: record.category,
    channel: record.channel,
    receivedAt: iso(record.receivedAt)!,
    confidential: record.confidential,
    acceptBy: iso(record.acceptBy)!,
    handleBy: iso(record.handleBy)!,
    ...(record.acceptedAt ? { acceptedAt: iso(record.acceptedAt) } : {}),
    round: record.round,
    replies: (record.replies ?? []).map(replyView),
    reopenings: (record.reopenings ?? []).map((r) => ({ ...r, reopenedAt: iso(r.reopenedAt)!, handleBy: iso(r.handleBy)! })),
    ...(record.returned
      ? {
          returned: {
            unitId: record.returned.unitId,
            reason: record.returned.reason,
            ...(record.returned.suggestedUnitId ? { suggestedUnitId: record.returned.suggestedUnitId } : {}),
            returnedAt: iso(record.returned.returnedAt)!,
          },
        }
      : {}),
    ...(record.notAccepted
      ? {
          notAccepted: {
            ...(record.notAccepted.reasonCode ? { reasonCode: record.notAccepted.reasonCode } : {}),
            reason: record.notAccepted.reason,
            legalBasis: record.notAccepted.legalBasis,
            decidedAt: iso(record.notAccepted.decidedAt)!,
          },
        }
      : {}),
    ...(record.closure ? { closure: { reason: record.closure.reason, closedAt: iso(record.closure.closedAt)! } } : {}),
    supervisionOrders: (record.supervisionOrders ?? []).map((o) => {
      // Answers sit beside the orders (supervision-orders/order-answer.ts).
      const answered = ((record as { orderAnswers?: { orderId: string; answer: string; answeredAt: Date }[] }).orderAnswers ?? []).find((a) => a.orderId === o.orderId);
      return {
        orderId: o.orderId,
        reason: o.reason,
        dueBy: iso(o.dueBy)!,
        issuedBy: o.issuedBy,
        issuedAt: iso(o.issuedAt)!,
        ...(answered ? { answeredAt: iso(answered.answeredAt)!, answer: answered.answer } : {}),
        overdue: !answered && now.getTime() > new Date(o.dueBy).getTime(),
      };
    }),
    assignedAt: iso(record.assignedAt)!,
    updatedAt: iso(record.updatedAt)!,
  };
}

/** One case in full: as on the workbench, plus its duplicates. */
export class CaseDetailResponseDto extends CaseResponseDto {
  @ApiProperty({ type: [CaseDuplicateDto], description: 'Later petitions linked to this case as duplicates, oldest first; a confidential report is never among them' })
  duplicates!: CaseDuplicateDto[];
}
