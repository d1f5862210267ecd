import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { VisitRecord } from '../visit.schema';

export class VisitResponseDto {
  @ApiProperty({ example: '0193a1f2-9a00-7abc-8def-0123456789ab' })
  visitId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: 'ecology-environment-bureau' })
  unitId!: string;

  @ApiPropertyOptional({ example: 1, description: 'The reply round the visit was about' })
  round?: number;

  @ApiProperty({ example: 'phone', enum: ['phone', 'on-site', 'online'] })
  method!: string;

  @ApiProperty({ example: '群众表示施工已停止，对处理结果满意。' })
  summary!: string;

  @ApiProperty({ example: '2026-11-20T06:00:00.000Z' })
  visitedAt!: string;

  @ApiPropertyOptional({ example: '李明（区生态环境局信访科）' })
  visitor?: string;

  @ApiPropertyOptional({ example: 'satisfied', enum: ['satisfied', 'basically-satisfied', 'dissatisfied'], description: 'Recorded on the petitioner’s behalf: also the rating of the round' })
  satisfaction?: string;

  @ApiPropertyOptional({ type: [String], example: ['夜间施工仍未停止'] })
  reasons?: string[];

  @ApiProperty({ example: 'staff-ecology-007' })
  recordedBy!: string;
}

export class VisitPageResponseDto {
  @ApiProperty({ type: [VisitResponseDto] })
  items!: VisitResponseDto[];
}

export function toVisitResponse(record: VisitRecord): VisitResponseDto {
  return {
    visitId: record._id,
    caseNumber: record.caseNumber,
    unitId: record.unitId,
    ...(record.round ? { round: record.round } : {}),
    method: record.method,
    summary: record.summary,
    visitedAt: new Date(record.visitedAt).toISOString(),
    ...(record.visitor ? { visitor: record.visitor } : {}),
    ...(record.satisfaction ? { satisfaction: record.satisfaction } : {}),
    ...(record.reasons?.length ? { reasons: record.reasons } : {}),
    recordedBy: record.recordedBy,
  };
}
