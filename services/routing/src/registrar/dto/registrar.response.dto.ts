import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Channels, PetitionKinds, Urgencies } from '@sunshine/contracts';
import { AssignmentDto } from '../../routing/routing.response.dto';

const STATUSES = ['awaiting-instruction', 'assigned', 'linked', 'replied', 'closed', 'concluded', 'withdrawn'];

export class LinkedCaseDto {
  @ApiProperty({ example: '01935c9e-7f4a-7cc0-9d1e-5f0c2a4b8e00' })
  petitionId!: string;

  @ApiPropertyOptional({ example: 'SW-2026-000098' })
  caseNumber?: string;
}

export class TriageDto {
  @ApiProperty({ enum: PetitionKinds.codes, example: 'complaint' })
  kind!: string;

  @ApiProperty({ example: '城乡建设', description: 'First-level category' })
  category!: string;

  @ApiProperty({ enum: Urgencies.codes, example: 'normal' })
  urgency!: string;

  @ApiProperty({ example: 0.82, description: 'How sure routing was of its units (0–1)' })
  confidence!: number;
}

export class ProposalDto {
  @ApiProperty({ example: 'housing-construction-bureau' })
  leadUnitId!: string;

  @ApiProperty({ example: [] })
  assistingUnitIds!: string[];

  @ApiProperty({ example: ['low-confidence'], description: 'Why it waits for a leader (empty: assigned at once)' })
  reasons!: string[];
}

export class LinkUndoneDto {
  @ApiProperty({ example: '01935c9e-7f4a-7cc0-9d1e-5f0c2a4b8e00' })
  originalPetitionId!: string;

  @ApiProperty({ example: 'registrar-01' })
  by!: string;

  @ApiProperty({ example: '不同小区的积水问题，误判为重复件' })
  reason!: string;

  @ApiProperty({ example: '2026-11-27T10:20:00.000Z' })
  at!: string;
}

/** Routing's view of one petition for the registrar: never the petitioner's identity. */
export class RegistrarPetitionResponseDto {
  @ApiProperty({ example: '01935c9e-7f4a-7cc0-9d1e-5f0c2a4b8e11' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ enum: STATUSES, example: 'assigned' })
  status!: string;

  @ApiProperty({ enum: ['new', 'repeat', 'joint'], example: 'new', description: 'The duplicate decision (判重)' })
  decision!: string;

  @ApiProperty({ example: '2026-11-20T02:15:00.000Z' })
  receivedAt!: string;

  @ApiProperty({ enum: Channels.codes, example: 'web' })
  channel!: string;

  @ApiProperty({ example: '小区门口积水严重' })
  subject!: string;

  @ApiProperty({ example: false, description: 'Confidential (检举控告, sealed): the petitioner’s identity is never given to a unit' })
  confidential!: boolean;

  @ApiPropertyOptional({ type: LinkedCaseDto, description: 'The case it is linked to as a repeat or joint petition' })
  linkedTo?: LinkedCaseDto;

  @ApiPropertyOptional({ type: TriageDto })
  triage?: TriageDto;

  @ApiPropertyOptional({ type: ProposalDto })
  proposal?: ProposalDto;

  @ApiPropertyOptional({ type: AssignmentDto })
  assignment?: AssignmentDto;

  @ApiPropertyOptional({ type: LinkUndoneDto, description: 'A wrong duplicate link a registrar undid' })
  linkUndone?: LinkUndoneDto;
}

export class UndoLinkResponseDto {
  @ApiProperty({ example: '01935c9e-7f4a-7cc0-9d1e-5f0c2a4b8e11' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000124' })
  caseNumber!: string;

  @ApiProperty({ enum: ['awaiting-instruction', 'assigned'], example: 'assigned', description: 'Where the petition stands after routing afresh' })
  status!: string;

  @ApiProperty({ example: '01935c9e-7f4a-7cc0-9d1e-5f0c2a4b8e00', description: 'The petition it had been linked to' })
  originalPetitionId!: string;

  @ApiProperty({ example: '2026-11-27T10:20:00.000Z' })
  undoneAt!: string;
}
