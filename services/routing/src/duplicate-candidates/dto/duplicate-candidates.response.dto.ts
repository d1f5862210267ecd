import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CANDIDATE_REASONS } from '../../dedup/duplicate-detector';

const STATUSES = ['awaiting-instruction', 'assigned', 'linked', 'not-accepted-again', 'replied', 'closed', 'concluded', 'withdrawn'];

/** A registered petition that looks like the same matter; never anything of its petitioner. */
export class DuplicateCandidateDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123', description: 'Its case number (受理编号): what the operator tells the caller' })
  caseNumber!: string;

  @ApiProperty({ example: 0.82, minimum: 0, maximum: 1, description: 'How alike the matters look (0–1; the duplicate detector’s text score)' })
  score!: number;

  @ApiProperty({
    enum: CANDIDATE_REASONS,
    isArray: true,
    example: ['similar-text'],
    description: '`similar-text`: its own text is alike; `same-matter-group`: it is the case the matter’s group links to (a later petition of the group is alike)',
  })
  reasons!: string[];

  @ApiProperty({ example: '2026-11-26T09:15:02.000Z', description: 'When it was received and registered (the date the case runs from)' })
  registeredAt!: string;

  @ApiProperty({ enum: STATUSES, example: 'assigned', description: 'Where it stands in routing' })
  status!: string;

  @ApiProperty({ example: false, description: 'A confidential report (检举控告, sealed): its subject, category and unit are not shown' })
  confidential!: boolean;

  @ApiPropertyOptional({ example: '嘉州花园小区旁工地夜间施工噪音扰民', description: 'Its subject (as intake redacted it); absent when confidential' })
  subject?: string;

  @ApiPropertyOptional({ example: '城乡建设', description: 'First-level category from triage; absent for a linked petition or when confidential' })
  category?: string;

  @ApiPropertyOptional({ example: 'law-enforcement-bureau', description: 'The lead unit it is assigned to; absent before assignment or when confidential' })
  unitId?: string;

  @ApiPropertyOptional({ example: '区综合行政执法局', description: 'That unit’s name' })
  unitName?: string;
}

export class DuplicateCandidatesResponseDto {
  @ApiProperty({ type: [DuplicateCandidateDto], description: 'Best first; empty when nothing looks like the same matter' })
  items!: DuplicateCandidateDto[];

  @ApiProperty({ example: '2026-11-26T09:20:00.000Z' })
  searchedAt!: string;
}
