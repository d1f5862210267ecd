import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RatingRecord } from '../rating.schema';

export class RatingResponseDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: 'ecology-environment-bureau' })
  unitId!: string;

  @ApiProperty({ example: 1 })
  round!: number;

  @ApiProperty({ example: 'dissatisfied', enum: ['satisfied', 'basically-satisfied', 'dissatisfied'] })
  satisfaction!: string;

  @ApiPropertyOptional({ example: '晚上还在施工，请回电138****5678', description: 'Contact details masked' })
  comment?: string;

  @ApiProperty({ example: '2026-12-07T12:00:00.000Z' })
  ratedAt!: string;

  @ApiPropertyOptional({
    example: 'SW-2026-000187',
    description: "Set when a linked petitioner (repeat or joint co-petitioner) rated this case's reply through their own petition: its case number",
  })
  ratedViaCaseNumber?: string;

  @ApiProperty({ example: 'online', enum: ['online', 'visit'], description: 'Online (网上评价) or recorded during a return visit (回访代评)' })
  source!: string;

  @ApiPropertyOptional({ type: [String], example: ['夜间施工仍未停止'], description: 'Why the petitioner is dissatisfied, contact details masked' })
  reasons?: string[];

  @ApiPropertyOptional({ example: '0193a1f2-9a00-7abc-8def-0123456789ab', description: 'For a rating recorded in a return visit: the visit' })
  visitId?: string;
}

export class RatingPageResponseDto {
  @ApiProperty({ type: [RatingResponseDto] })
  items!: RatingResponseDto[];
}

export function toRatingResponse(record: RatingRecord): RatingResponseDto {
  return {
    petitionId: record.petitionId,
    caseNumber: record.caseNumber,
    unitId: record.unitId,
    round: record.round,
    satisfaction: record.satisfaction,
    ...(record.comment ? { comment: record.comment } : {}),
    ratedAt: new Date(record.ratedAt).toISOString(),
    ...(record.ratedViaCaseNumber ? { ratedViaCaseNumber: record.ratedViaCaseNumber } : {}),
    source: record.source ?? 'online',
    ...(record.reasons?.length ? { reasons: record.reasons } : {}),
    ...(record.visitId ? { visitId: record.visitId } : {}),
  };
}
