import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { InstructionDecisions, UNIT_ID_PATTERN } from '@sunshine/contracts';

/**
 * A leader's instruction (批示). On an item waiting for one: the decision, and optionally the units
 * and the leader in charge. On a case already assigned (or replied, or closed): the instruction
 * alone, recorded on the case and passed to the unit.
 */
export class InstructionRequest {
  @ApiPropertyOptional({
    enum: InstructionDecisions.codes,
    example: 'approve',
    description: 'Required while the item awaits an instruction; left out on a case already assigned',
  })
  @IsOptional()
  @IsIn(InstructionDecisions.codes)
  decision?: 'approve' | 'send-back';

  @ApiProperty({ example: '请区住建局牵头，区城管局配合，十五日内查明情况并答复群众。', description: '批示 (the instruction text)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  instruction!: string;

  @ApiPropertyOptional({ example: 'housing-construction-bureau', description: '主办单位 (default: the proposed one)' })
  @IsOptional()
  @Matches(UNIT_ID_PATTERN)
  leadUnitId?: string;

  @ApiPropertyOptional({ example: ['law-enforcement-bureau'], description: '协办单位' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(UNIT_ID_PATTERN, { each: true })
  assistingUnitIds?: string[];

  @ApiPropertyOptional({ example: 'leader-deputy-head-1', description: '包案领导: the leader who takes personal charge' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  leaderInCharge?: string;
}
