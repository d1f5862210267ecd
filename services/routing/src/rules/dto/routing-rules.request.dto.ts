import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { UNIT_ID_PATTERN } from '@sunshine/contracts';

/** One routing rule as an administrator writes it (checked against the catalogue on publishing). */
export class RoutingRuleDto {
  @ApiProperty({ example: 'wage-arrears' })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  @MaxLength(64)
  id!: string;

  @ApiPropertyOptional({ example: '劳动和社会保障', description: 'First-level category' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  category?: string;

  @ApiPropertyOptional({ example: 'town-fulu', description: 'Township or area code' })
  @IsOptional()
  @Matches(UNIT_ID_PATTERN)
  area?: string;

  @ApiPropertyOptional({ example: ['欠薪', '拖欠工资'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(20, { each: true })
  keywords?: string[];

  @ApiProperty({ example: 'human-resources-social-security-bureau' })
  @Matches(UNIT_ID_PATTERN)
  leadUnitId!: string;

  @ApiPropertyOptional({ example: ['town-fulu'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(UNIT_ID_PATTERN, { each: true })
  assistingUnitIds?: string[];

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean()
  requireInstruction?: boolean;

  @ApiPropertyOptional({ example: '劳动监察牵头' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class PublishRulesRequest {
  @ApiProperty({ type: [RoutingRuleDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RoutingRuleDto)
  rules!: RoutingRuleDto[];

  @ApiPropertyOptional({ example: '按区委办意见，欠薪件由人社局牵头' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
