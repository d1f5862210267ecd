import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Channels, PetitionKinds, Urgencies } from '@sunshine/contracts';

// What routing's HTTP endpoints answer, for the OpenAPI document.

export class UnitDto {
  @ApiProperty({ example: 'ecology-environment-bureau' })
  id!: string;

  @ApiProperty({ example: '区生态环境分局' })
  name!: string;

  @ApiProperty({ enum: ['bureau', 'township', 'office'], example: 'bureau' })
  kind!: string;

  @ApiProperty({ example: ['环境保护'], description: 'First-level categories of the taxonomy this unit answers for' })
  categories!: string[];
}

export class UnitCatalogueResponseDto {
  @ApiProperty({ example: '2026-11-26', description: 'Version of the unit catalogue' })
  version!: string;

  @ApiProperty({ type: [UnitDto] })
  units!: UnitDto[];
}

export class PendingInstructionDto {
  @ApiProperty({ example: '01935c9e-7f4a-7cc0-9d1e-5f0c2a4b8e11' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: '2026-11-20T02:15:00.000Z' })
  receivedAt!: string;

  @ApiProperty({ example: '工地夜间施工噪音扰民' })
  subject!: string;

  @ApiProperty({ example: '小区旁边的工地每天施工到凌晨两点，严重影响休息，请有关部门处理。' })
  text!: string;

  @ApiProperty({ enum: Channels.codes, example: 'web' })
  channel!: string;

  @ApiProperty({ example: false, description: '检举控告: the petitioner’s identity is sealed' })
  confidential!: boolean;

  @ApiPropertyOptional({ enum: PetitionKinds.codes, example: 'complaint' })
  kind?: string;

  @ApiPropertyOptional({ example: '环境保护' })
  category?: string;

  @ApiPropertyOptional({ enum: Urgencies.codes, example: 'normal' })
  urgency?: string;

  @ApiProperty({ example: ['safety-hazard'], description: 'What made the item urgent or major' })
  signals!: string[];

  @ApiPropertyOptional({ example: 0.62, description: 'How sure the classifier was (0–1)' })
  confidence?: number;

  @ApiPropertyOptional({ example: 'ecology-environment-bureau' })
  proposedLeadUnitId?: string;

  @ApiProperty({ example: ['urban-management-bureau'] })
  proposedAssistingUnitIds!: string[];

  @ApiProperty({ example: ['multi-unit'], description: 'Why the item waits for a leader' })
  reasons!: string[];

  @ApiPropertyOptional({ example: 'party-secretary', description: 'The leader whose own queue it waits in (a letter to their mailbox); absent: any leader' })
  leaderId?: string;
}

export class PendingInstructionsResponseDto {
  @ApiProperty({ type: [PendingInstructionDto] })
  items!: PendingInstructionDto[];
}

export class AssignmentDto {
  @ApiProperty({ example: 'housing-construction-bureau', description: '主办单位' })
  leadUnitId!: string;

  @ApiProperty({ example: ['law-enforcement-bureau'], description: '协办单位' })
  assistingUnitIds!: string[];

  @ApiPropertyOptional({ example: 'leader-deputy-head-1', description: '包案领导' })
  leaderInCharge?: string;

  @ApiPropertyOptional({ example: '请区住建局牵头，区城管局配合，十五日内查明情况并答复群众。', description: '批示' })
  instruction?: string;

  @ApiProperty({ example: '2026-12-05T15:59:59.999Z', description: 'Decide on acceptance by (15 days)' })
  acceptBy!: string;

  @ApiProperty({ example: '2027-02-03T15:59:59.999Z', description: 'Handle by (60 days)' })
  handleBy!: string;

  @ApiProperty({ example: '2026-11-27T15:59:59.999Z', description: 'Return a misrouted item by (5 working days)' })
  returnBy!: string;

  @ApiProperty({ example: '2026-11-20T02:16:00.000Z' })
  at!: string;

  @ApiProperty({ example: 'r-20261120-3', description: 'The routing-rules version that decided' })
  ruleVersion!: string;
}

export class InstructionResultResponseDto {
  @ApiProperty({ example: '01935c9e-7f4a-7cc0-9d1e-5f0c2a4b8e11' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ enum: ['assigned', 'replied', 'closed'], example: 'assigned', description: 'assigned after a decision; an instruction on a later case leaves its status as it was' })
  status!: string;

  @ApiProperty({ type: AssignmentDto })
  assignment!: AssignmentDto;
}
