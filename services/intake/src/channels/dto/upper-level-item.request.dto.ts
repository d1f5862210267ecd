import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PetitionKinds, type PetitionKind } from '@sunshine/contracts';
import { PetitionerDto } from '../../registration/dto/petitioner.dto';
import { CategoryHintDto, IsKnownCategory } from './category-hint.dto';

/** Where an item from above comes from (MISSION 1.1). */
export const UPPER_LEVEL_SOURCES = {
  'national-bureau': '国家信访局',
  'provincial-bureau': '省信访局',
  'provincial-leader-mailbox': '省领导信箱',
  'municipal-bureau': '市信访局',
  'municipal-leader-mailbox': '市领导信箱',
} as const;
export type UpperLevelSource = keyof typeof UPPER_LEVEL_SOURCES;

/** 转送: passed on for handling; 交办: assigned, with a deadline and a report back due. */
export const TRANSFER_KINDS = ['transfer', 'assign'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** 上级转送/交办件: an item an upper-level office sent down to the district. */
export class UpperLevelItemRequest {
  @ApiProperty({ enum: Object.keys(UPPER_LEVEL_SOURCES), example: 'national-bureau', description: Object.entries(UPPER_LEVEL_SOURCES).map(([k, v]) => `${k} = ${v}`).join('; ') })
  @IsIn(Object.keys(UPPER_LEVEL_SOURCES))
  source!: UpperLevelSource;

  @ApiProperty({ example: 'GJXF-2026-1126-00042', description: 'The item’s number at the source office. (source, sourceRef) identifies the item: a re-send returns the same receipt.' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/)
  sourceRef!: string;

  @ApiProperty({ enum: TRANSFER_KINDS, example: 'assign', description: 'transfer = 转送 (for handling); assign = 交办 (deadline and report back due)' })
  @IsIn(TRANSFER_KINDS)
  transferKind!: TransferKind;

  @ApiProperty({ example: '沙湾区某小区业主反映物业公司违规收取停车费', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @HasNoControlCharacters()
  subject!: string;

  @ApiProperty({
    example: '信访人反映：所住小区物业公司自2026年9月起对业主车位加收每月100元管理费，未经业主大会同意，请求查处并退还。',
    maxLength: 10_000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text!: string;

  @ApiPropertyOptional({ type: PetitionerDto, description: 'The petitioner as the upper office knows them (sealed)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PetitionerDto)
  petitioner?: PetitionerDto;

  @ApiPropertyOptional({
    example: '2026-12-26T16:00:00Z',
    description: 'The upper office’s own deadline (ISO 8601), in the future. Required for assign (交办).',
  })
  @ValidateIf((item: UpperLevelItemRequest) => item.transferKind === 'assign' || item.dueBy !== undefined)
  @IsISO8601({ strict: true })
  dueBy?: string;

  @ApiProperty({ example: '2026-11-26T10:00:00+08:00', description: 'When the upper office sent it (ISO 8601); becomes the receipt time' })
  @IsISO8601({ strict: true })
  transferredAt!: string;

  @ApiPropertyOptional({ enum: PetitionKinds.codes, example: 'complaint' })
  @IsOptional()
  @IsIn(PetitionKinds.codes)
  kind?: PetitionKind;

  @ApiPropertyOptional({ type: CategoryHintDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CategoryHintDto)
  @IsKnownCategory()
  category?: CategoryHintDto;

  @ApiPropertyOptional({ example: false, description: '检举控告: seal the identity from every unit' })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;

  @ApiPropertyOptional({ example: 'town-shawan' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  @MaxLength(64)
  area?: string;
}
