import { ApiProperty } from '@nestjs/swagger';
import type { VisitRecord } from '../visit.schema';

export class VisitResponseDto {
  @ApiProperty({ example: '0193a1f2-9a00-7abc-8def-0123456789ab' })
  visitId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: 'ecology-environment-bureau' })
  unitId!: string;

  @ApiProperty({ example: 'phone', enum: ['phone', 'on-site', 'online'] })
  method!: string;

  @ApiProperty({ example: '群众表示施工已停止，对处理结果满意。' })
  summary!: string;

  @ApiProperty({ example: '2026-12-10T06:00:00.000Z' })
  visitedAt!: string;

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
    method: record.method,
    summary: record.summary,
    visitedAt: new Date(record.visitedAt).toISOString(),
    recordedBy: record.recordedBy,
  };
}
