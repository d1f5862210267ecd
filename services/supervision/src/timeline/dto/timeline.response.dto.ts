import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Catalogue, DuplicateRelations, PetitionStatuses, Producers, ReplyOutcomes, SatisfactionLevels } from '@sunshine/contracts';
import { WarningDto } from '../../warning-light/dto/warning.response.dto';
import { CaseWorkflowDto, TitleDto } from './case-workflow.response.dto';

class TimelineEventDto {
  @ApiProperty({ example: '0193a1f2-1b60-7abc-8def-012345678908' })
  eventId!: string;

  @ApiProperty({ enum: Catalogue.map((d) => d.type), example: 'petition.assigned' })
  type!: string;

  @ApiProperty({ enum: Producers, example: 'routing' })
  producer!: string;

  @ApiProperty({ example: '2026-11-26T10:00:00.000Z' })
  occurredAt!: string;

  @ApiProperty({ example: '交办：主办 区生态环境局；受理期限 2026-12-11 17:15，办理期限 2027-01-25 17:15' })
  summary!: string;

  @ApiProperty({ type: TitleDto, description: 'The kind of step, in zh-CN and English' })
  title!: TitleDto;
}

class LeadUnitDto {
  @ApiProperty({ example: 'ecology-environment-bureau' })
  unitId!: string;

  @ApiPropertyOptional({ example: '区生态环境局' })
  name?: string;
}

class DeadlinesDto {
  @ApiPropertyOptional({ example: '2026-11-26T09:15:02.000Z' })
  receivedAt?: string;

  @ApiPropertyOptional({ example: '2026-12-11T09:15:02.000Z', description: '信访工作条例 art. 31: acceptance decided within 15 days' })
  acceptBy?: string;

  @ApiPropertyOptional({ example: '2026-11-27T02:00:00.000Z' })
  acceptedAt?: string;

  @ApiPropertyOptional({ example: '2027-01-26T02:00:00.000Z', description: 'art. 32: 60 days from acceptance, once extended by ≤ 30; reset on reopening' })
  handleBy?: string;

  @ApiProperty({ example: 0 })
  extensions!: number;

  @ApiPropertyOptional({ example: '2027-01-14T02:00:00.000Z', description: 'The reviewing body’s answer date (复查/复核)' })
  reviewAnswerBy?: string;
}

class ReplyDto {
  @ApiProperty({ example: 1 })
  round!: number;

  @ApiProperty({ example: 'ecology-environment-bureau' })
  unitId!: string;

  @ApiProperty({ enum: ReplyOutcomes.codes, example: 'supported' })
  outcome!: string;

  @ApiProperty({ example: '支持' })
  outcomeLabel!: string;

  @ApiProperty({ example: '2026-12-05T08:00:00.000Z' })
  repliedAt!: string;

  @ApiPropertyOptional({ example: '2027-01-26T02:00:00.000Z' })
  dueAt?: string;

  @ApiProperty({ nullable: true, example: true, description: 'null when no deadline was known' })
  onTime!: boolean | null;
}

class RatingDto {
  @ApiProperty({ example: 1 })
  round!: number;

  @ApiProperty({ example: 'ecology-environment-bureau' })
  unitId!: string;

  @ApiProperty({ enum: SatisfactionLevels.codes, example: 'dissatisfied' })
  satisfaction!: string;

  @ApiProperty({ example: '不满意' })
  satisfactionLabel!: string;

  @ApiProperty({ example: '2026-12-07T12:00:00.000Z' })
  ratedAt!: string;
}

class DecisionDto {
  @ApiProperty({ example: 'ecology-environment-bureau' })
  unitId!: string;

  @ApiProperty({ example: true, description: 'true: 受理; false: 不予受理' })
  accepted!: boolean;

  @ApiProperty({ example: '2026-11-27T02:00:00.000Z' })
  decidedAt!: string;

  @ApiPropertyOptional({ example: '2026-12-11T09:15:02.000Z' })
  dueAt?: string;

  @ApiProperty({ nullable: true, example: true })
  onTime!: boolean | null;
}

class DuplicateLinkDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b00' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000098' })
  caseNumber!: string;

  @ApiProperty({ enum: DuplicateRelations.codes, example: 'repeat' })
  relation!: string;

  @ApiPropertyOptional({ example: '2026-11-26T09:20:00.000Z' })
  linkedAt?: string;
}

class DuplicatesDto {
  @ApiPropertyOptional({ type: DuplicateLinkDto, description: 'The earlier case this petition was merged into' })
  linkedTo?: DuplicateLinkDto;

  @ApiProperty({ type: [DuplicateLinkDto], description: 'Later petitions merged into this one' })
  linkedFrom!: DuplicateLinkDto[];
}

class SupervisionCountsDto {
  @ApiProperty({ example: 1, description: 'Reminders sent (提醒)' })
  reminders!: number;

  @ApiProperty({ example: 0, description: 'Supervision orders issued (督办)' })
  orders!: number;
}

/** A petition's timeline (办理全程记录) and the case state derived from it. */
export class TimelineResponseDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiPropertyOptional({ example: 'SW-2026-000123' })
  caseNumber?: string;

  @ApiProperty({ enum: PetitionStatuses.codes, example: 'accepted' })
  status!: string;

  @ApiProperty({ example: '办理中' })
  statusLabel!: string;

  @ApiProperty({ example: true, description: 'Not finished (closed, concluded, withdrawn, not accepted, merged)' })
  open!: boolean;

  @ApiPropertyOptional({ example: 'complaint' })
  kind?: string;

  @ApiPropertyOptional({ example: 'normal' })
  urgency?: string;

  @ApiProperty({ example: [], type: [String], description: 'urgent | major | group' })
  escalations!: string[];

  @ApiPropertyOptional({ type: LeadUnitDto })
  leadUnit?: LeadUnitDto;

  @ApiProperty({ example: ['urban-management-bureau'], type: [String] })
  assistingUnitIds!: string[];

  @ApiProperty({ type: DeadlinesDto })
  deadlines!: DeadlinesDto;

  @ApiProperty({ type: WarningDto })
  warning!: WarningDto;

  @ApiProperty({ type: [ReplyDto] })
  replies!: ReplyDto[];

  @ApiProperty({ type: [RatingDto] })
  ratings!: RatingDto[];

  @ApiProperty({ type: [DecisionDto], description: 'Acceptance decisions (受理 / 不予受理)' })
  acceptanceDecisions!: DecisionDto[];

  @ApiProperty({ type: DuplicatesDto })
  duplicates!: DuplicatesDto;

  @ApiProperty({ type: SupervisionCountsDto })
  supervision!: SupervisionCountsDto;

  @ApiProperty({ type: CaseWorkflowDto, description: 'Extension requests, assisting opinions, convening, leaders’ instructions, promises' })
  workflow!: CaseWorkflowDto;

  @ApiProperty({ type: [TimelineEventDto], description: 'Every event once, in the order it happened' })
  events!: TimelineEventDto[];
}
