import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PetitionKinds, type PetitionKind } from '@sunshine/contracts';
import { IsChinesePhone, IsResidentIdNumber } from '../../common/validators';
import { CategoryHintDto, IsKnownCategory } from './category-hint.dto';

/** What the caller says about themselves; the phone is the caller number. */
export class HotlineCallerDto {
  @ApiPropertyOptional({ example: '李秀英', description: '姓名 (sealed at rest; never leaves intake)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @HasNoControlCharacters()
  name?: string;

  @ApiPropertyOptional({ example: '511102198001010020', description: '居民身份证号码 (GB 11643 check digit validated; sealed)' })
  @IsOptional()
  @IsString()
  @MaxLength(18)
  @IsResidentIdNumber()
  idNumber?: string;

  @ApiPropertyOptional({ example: '沙湾区嘉农镇杨柳村3组', description: 'Address (sealed)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @HasNoControlCharacters()
  address?: string;
}

/** 电话热线: a call the operator took and summarised. */
export class HotlineCallRequest {
  @ApiProperty({ example: '138 8130 2211', description: 'The caller’s number: the petitioner’s phone (sealed, blind-indexed)' })
  @IsString()
  @MaxLength(32)
  @IsChinesePhone()
  callerNumber!: string;

  @ApiProperty({ example: '2026-11-26T09:02:11+08:00', description: 'When the call started (ISO 8601); not in the future. Becomes the receipt time.' })
  @IsISO8601({ strict: true })
  callStartedAt!: string;

  @ApiProperty({ example: 312, description: 'Length of the call in seconds' })
  @IsInt()
  @Min(0)
  @Max(86_400)
  durationSeconds!: number;

  @ApiPropertyOptional({
    example: 'op-0142',
    description: 'The operator who took the call. Taken from the token; a body naming another operator is refused (403).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  operatorId?: string;

  @ApiProperty({ example: '嘉农镇杨柳村自来水停水三天', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @HasNoControlCharacters()
  subject!: string;

  @ApiProperty({
    example: '来电人反映：杨柳村3组自11月23日起停水，至今已三天，村里老人多，生活用水困难，希望尽快恢复供水并说明原因。',
    maxLength: 10_000,
    description: 'The operator’s summary of the call: the petition text',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  summary!: string;

  @ApiPropertyOptional({ type: HotlineCallerDto, description: 'What the caller told about themselves, if anything' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HotlineCallerDto)
  caller?: HotlineCallerDto;

  @ApiPropertyOptional({ enum: PetitionKinds.codes, example: 'request', description: 'The kind the operator recognised (routing decides)' })
  @IsOptional()
  @IsIn(PetitionKinds.codes)
  kind?: PetitionKind;

  @ApiPropertyOptional({ type: CategoryHintDto, description: 'The category the operator chose; must exist in the taxonomy' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CategoryHintDto)
  @IsKnownCategory()
  category?: CategoryHintDto;

  @ApiPropertyOptional({ example: false, description: '检举控告: seal the caller’s identity from every unit' })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;

  @ApiPropertyOptional({ example: 'town-jianong', description: 'Township or area code of the matter' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  @MaxLength(64)
  area?: string;
}
