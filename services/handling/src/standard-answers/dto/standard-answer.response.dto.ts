import { ApiProperty } from '@nestjs/swagger';
import type { StandardAnswerDoc, StandardAnswerVersion } from '../standard-answer';
import { LegalBasisDto } from './standard-answer.request.dto';

export class StandardAnswerResponseDto {
  @ApiProperty({ example: 'sa-social-insurance-transfer' })
  id!: string;

  @ApiProperty({ example: 2, description: 'This version; `latestVersion` is the newest' })
  version!: number;

  @ApiProperty({ example: 2 })
  latestVersion!: number;

  @ApiProperty({ example: '劳动和社会保障' })
  category!: string;

  @ApiProperty({ example: '跨省流动就业如何转移养老保险关系' })
  title!: string;

  @ApiProperty({ example: ['养老保险', '转移'], type: [String] })
  keywords!: string[];

  @ApiProperty({ example: '参保人员跨省流动就业的，其基本养老保险关系随本人转移，缴费年限累计计算。' })
  answer!: string;

  @ApiProperty({ type: LegalBasisDto })
  legalBasis!: LegalBasisDto;

  @ApiProperty({ example: 'joint-office-staff-1' })
  editedBy!: string;

  @ApiProperty({ example: '2026-12-01T02:00:00.000Z' })
  editedAt!: string;
}

export class StandardAnswerListResponseDto {
  @ApiProperty({ type: [StandardAnswerResponseDto], description: 'Latest versions' })
  items!: StandardAnswerResponseDto[];
}

export function toStandardAnswerResponse(doc: Pick<StandardAnswerDoc, '_id' | 'version'>, v: StandardAnswerVersion): StandardAnswerResponseDto {
  return {
    id: doc._id,
    version: v.version,
    latestVersion: doc.version,
    category: v.category,
    title: v.title,
    keywords: v.keywords,
    answer: v.answer,
    legalBasis: { law: v.legalBasis.law, article: v.legalBasis.article },
    editedBy: v.editedBy,
    editedAt: new Date(v.editedAt).toISOString(),
  };
}
