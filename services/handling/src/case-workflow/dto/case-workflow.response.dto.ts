import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { latestExtension } from '../../extension/extension';
import { assistOpinionsView } from '../../joint-handling/joint-handling';
import type { WorkflowCase } from '../case-workflow';

/** Days an assisting unit has for its opinion when the caller does not pass the configured value. */
export const DEFAULT_ASSIST_DAYS = 10;

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : undefined);

export class CaseDeadlinesDto {
  @ApiProperty({ example: '2026-12-11T15:59:59.999Z', description: 'Decide on acceptance by (信访工作条例 art. 31)' })
  acceptBy!: string;

  @ApiProperty({ example: '2027-01-26T15:59:59.999Z', description: 'Handle and reply by (art. 32); moved by an approved extension' })
  handleBy!: string;

  @ApiPropertyOptional({ example: '2026-12-03T15:59:59.999Z', description: 'Return a misrouted case by (5 working days after assignment)' })
  returnBy?: string;
}

/** The latest extension request (延期申请) and, once approved, the extension granted. */
export class ExtensionViewDto {
  @ApiProperty({ example: true, description: 'An extension was requested' })
  requested!: boolean;

  @ApiProperty({ example: '0193a1f2-7c4e-4d31-9a2b-5f6e7d8c9b01' })
  requestId!: string;

  @ApiProperty({ example: 20 })
  days!: number;

  @ApiProperty({ example: '涉及多个部门，需联合调查', description: 'Shown to the petitioner' })
  reason!: string;

  @ApiProperty({ example: 'approved', enum: ['pending', 'approved', 'refused'] })
  status!: string;

  @ApiProperty({ example: 'staff-ecology-007' })
  requestedBy!: string;

  @ApiProperty({ example: '2026-12-20T02:00:00.000Z' })
  requestedAt!: string;

  @ApiPropertyOptional({ example: 'district-head', description: 'The deciding leader (leader catalogue id)' })
  decidedBy?: string;

  @ApiPropertyOptional({ example: '2026-12-21T02:00:00.000Z' })
  decidedAt?: string;

  @ApiPropertyOptional({ example: '同意延期，请抓紧办理' })
  comment?: string;

  @ApiPropertyOptional({ example: '2027-02-15T15:59:59.999Z', description: 'The handle-by date after the approval' })
  newHandleBy?: string;

  @ApiPropertyOptional({ example: 'district-head', description: 'Kept from the older extension view: the approving leader' })
  approvedBy?: string;

  @ApiPropertyOptional({ example: '2026-12-21T02:00:00.000Z', description: 'Kept from the older extension view: when it was granted' })
  extendedAt?: string;

  @ApiPropertyOptional({ example: '2027-01-26T15:59:59.999Z' })
  previousHandleBy?: string;
}

export class AssistOpinionViewDto {
  @ApiProperty({ example: 'town-jiayang', description: '协办单位' })
  unitId!: string;

  @ApiProperty({ example: true, description: 'Whether its opinion came' })
  submitted!: boolean;

  @ApiPropertyOptional({ example: '2026-12-07T15:59:59.999Z', description: 'Due by (HANDLING_ASSIST_DAYS after acceptance); absent before acceptance' })
  dueBy?: string;

  @ApiPropertyOptional({ example: '经现场核查，该工地夜间施工许可已过期。' })
  opinion?: string;

  @ApiPropertyOptional({ example: '2026-12-02T02:00:00.000Z' })
  submittedAt?: string;
}

export class JointHandlingViewDto {
  @ApiProperty({ example: 'joint-office-staff-1' })
  convenedBy!: string;

  @ApiProperty({ example: ['housing-construction-bureau'], type: [String] })
  participantUnitIds!: string[];

  @ApiProperty({ example: '由区住建局牵头，区生态环境局配合，十日内完成整改。', description: '联合处理意见' })
  opinion!: string;

  @ApiProperty({ example: '2026-12-05T02:00:00.000Z' })
  convenedAt!: string;
}

export class CoordinationViewDto {
  @ApiProperty({ example: '涉及多部门职责交叉，请联席办协调' })
  reason!: string;

  @ApiProperty({ example: '2026-12-05T02:00:00.000Z' })
  requestedAt!: string;

  @ApiProperty({ example: 'pending', enum: ['pending', 'convened'] })
  status!: string;
}

export class InstructionViewDto {
  @ApiProperty({ example: 'district-head' })
  leaderId!: string;

  @ApiProperty({ example: '请区生态环境局加快办理，十日内答复群众。', description: '领导批示' })
  instruction!: string;

  @ApiProperty({ example: '2026-12-03T02:00:00.000Z' })
  at!: string;
}

export interface CaseWorkflowView {
  deadlines: CaseDeadlinesDto;
  extension?: ExtensionViewDto;
  assistOpinions: AssistOpinionViewDto[];
  jointHandling?: JointHandlingViewDto;
  coordination?: CoordinationViewDto;
  instructions: InstructionViewDto[];
}

/** The workflow part of a case view. Nothing in it identifies the petitioner or reveals contacts. */
export function caseWorkflowView(record: WorkflowCase, assistDays = DEFAULT_ASSIST_DAYS): CaseWorkflowView {
  const extension = latestExtension(record);
  const granted = extension?.status === 'approved';
  return {
    deadlines: { acceptBy: iso(record.acceptBy)!, handleBy: iso(record.handleBy)!, ...(record.returnBy ? { returnBy: iso(record.returnBy) } : {}) },
    ...(extension
      ? {
          extension: {
            requested: true,
            requestId: extension.requestId,
            days: extension.days,
            reason: extension.reason,
            status: extension.status,
            requestedBy: extension.requestedBy,
            requestedAt: iso(extension.requestedAt)!,
            ...(extension.decidedBy ? { decidedBy: extension.decidedBy, decidedAt: iso(extension.decidedAt) } : {}),
            ...(extension.comment ? { comment: extension.comment } : {}),
            ...(granted
              ? { newHandleBy: iso(extension.newHandleBy), approvedBy: extension.decidedBy, extendedAt: iso(extension.decidedAt), previousHandleBy: iso(extension.previousHandleBy) }
              : {}),
          },
        }
      : {}),
    assistOpinions: assistOpinionsView(record, { assistDays }).map((o) => ({
      unitId: o.unitId,
      submitted: o.submitted,
      ...(o.dueBy ? { dueBy: iso(o.dueBy) } : {}),
      ...(o.opinion ? { opinion: o.opinion, submittedAt: iso(o.submittedAt) } : {}),
    })),
    ...(record.jointHandling
      ? {
          jointHandling: {
            convenedBy: record.jointHandling.convenedBy,
            participantUnitIds: record.jointHandling.participantUnitIds,
            opinion: record.jointHandling.opinion,
            convenedAt: iso(record.jointHandling.convenedAt)!,
          },
        }
      : {}),
    ...(record.coordination
      ? { coordination: { reason: record.coordination.reason, requestedAt: iso(record.coordination.requestedAt)!, status: record.coordination.status } }
      : {}),
    instructions: (record.instructions ?? []).map((i) => ({ leaderId: i.leaderId, instruction: i.instruction, at: iso(i.at)! })),
  };
}
