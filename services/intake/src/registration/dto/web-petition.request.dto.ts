import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsMongoId, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PetitionerDto } from './petitioner.dto';

/** 网上留言: a petition the petitioner submits themselves on the web board. */
export class WebPetitionRequest {
  @ApiProperty({ example: '嘉州花园小区旁工地夜间施工噪音扰民', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @HasNoControlCharacters()
  subject!: string;

  @ApiProperty({
    example: '小区东侧的工地连续两周在晚上十一点以后还在浇筑混凝土，噪音很大，老人孩子无法休息。请有关部门尽快查处。',
    maxLength: 10_000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text!: string;

  @ApiPropertyOptional({ type: PetitionerDto, description: 'Leave out to petition anonymously (匿名)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PetitionerDto)
  petitioner?: PetitionerDto;

  @ApiPropertyOptional({
    example: false,
    description: '检举控告: the petition accuses a unit or official; the identity is sealed from every unit',
  })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;

  @ApiPropertyOptional({ example: 'town-jiayang', description: 'Township or area code of the matter, when known' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  @MaxLength(64)
  area?: string;

  @ApiPropertyOptional({ type: [String], example: ['6745a1c2e4b0a1b2c3d4e5f6'], description: 'Ids from POST /api/v1/attachments (at most 5)' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsMongoId({ each: true })
  attachmentIds?: string[];
}
