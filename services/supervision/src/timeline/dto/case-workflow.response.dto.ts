import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class TitleDto {
  @ApiProperty({ example: '申请延期' })
  'zh-CN'!: string;

  @ApiProperty({ example: 'Extension requested' })
  en!: string;
}

class ExtensionRequestDto {
  @ApiProperty({ example: '0193a1f2-1b60-7abc-8def-0123456789aa' })
  requestId!: string;

  @ApiProperty({ example: 'ecology-environment-bureau' })
  unitId!: string;

  @ApiProperty({ example: 30 })
  days!: number;

  @ApiProperty({ example: '2027-01-10T02:00:00.000Z' })
  requestedAt!: string;

  @ApiProperty({ enum: ['pending', 'approved', 'refused'], example: 'approved' })
  status!: string;

  @ApiPropertyOptional({ example: '2027-01-11T02:00:00.000Z' })
  decidedAt?: string;

  @ApiPropertyOptional({ example: 'district-head', description: 'The leader who approved or refused' })
  decidedBy?: string;
}

class AssistOpinionDto {
  @ApiProperty({ example: 'urban-management-bureau' })
  unitId!: string;

  @ApiProperty({ example: '2027-01-08T02:00:00.000Z' })
  submittedAt!: string;
}

class JointConvenedDto {
  @ApiProperty({ example: '2027-01-09T02:00:00.000Z' })
  convenedAt!: string;

  @ApiProperty({ example: 'joint-office' })
  convenedBy!: string;

  @ApiProperty({ example: ['ecology-environment-bureau', 'urban-management-bureau'], type: [String] })
  participantUnitIds!: string[];
}

class LeaderInstructionDto {
  @ApiProperty({ example: 'party-secretary' })
  leaderId!: string;

  @ApiProperty({ example: '2027-01-05T02:00:00.000Z' })
  instructedAt!: string;
}

class PromiseDto {
  @ApiProperty({ example: 1 })
  round!: number;

  @ApiProperty({ example: '2027-01-15T15:59:59.999Z', description: 'The promised completion date of a 限期解决 reply' })
  promisedBy!: string;

  @ApiPropertyOptional({ example: '2027-01-12T02:00:00.000Z', description: 'When its completion was reported' })
  completedAt?: string;

  @ApiProperty({ example: false, description: '落实不到位: the date passed without a completion report' })
  broken!: boolean;
}

/** The workbench steps supervision follows beside the status: never their free text. */
export class CaseWorkflowDto {
  @ApiProperty({ type: [ExtensionRequestDto] })
  extensionRequests!: ExtensionRequestDto[];

  @ApiProperty({ type: [AssistOpinionDto], description: 'Assisting units that submitted their opinion (协办意见)' })
  assistOpinions!: AssistOpinionDto[];

  @ApiPropertyOptional({ type: JointConvenedDto, description: 'The joint office convened the case (联席会商)' })
  jointConvened?: JointConvenedDto;

  @ApiProperty({ example: 0, description: 'Requests to the joint office to coordinate' })
  coordinationRequests!: number;

  @ApiProperty({ type: [LeaderInstructionDto], description: "Leaders' instructions on the assigned case" })
  leaderInstructions!: LeaderInstructionDto[];

  @ApiPropertyOptional({ type: PromiseDto })
  promise?: PromiseDto;

  @ApiPropertyOptional({ example: '区人民法院', description: 'The body the case was transferred to (转送)' })
  transferredTo?: string;

  @ApiProperty({ example: 0, description: 'Ratings by linked petitioners (repeats, joint co-petitioners); they never decide the case' })
  linkedRatings!: number;
}

export { TitleDto };
