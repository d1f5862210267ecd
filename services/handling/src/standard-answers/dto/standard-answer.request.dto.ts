import { Type } from 'class-transformer';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { HasNoControlCharacters } from '@sunshine/platform';

export class LegalBasisDto {
  @ApiProperty({ example: '《中华人民共和国社会保险法》', description: 'The law or policy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @HasNoControlCharacters()
  law!: string;

  @ApiProperty({ example: '第十九条', description: 'The article' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  @HasNoControlCharacters()
  article!: string;
}

/** A standard answer as the joint office writes it (标准答复). */
export class StandardAnswerRequest {
  @ApiProperty({ example: '劳动和社会保障', description: 'First-level category of the taxonomy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @HasNoControlCharacters()
  category!: string;

  @ApiProperty({ example: '跨省流动就业如何转移养老保险关系' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @HasNoControlCharacters()
  title!: string;

  @ApiProperty({ example: ['养老保险', '转移'], description: 'The words the question is found by', type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  keywords!: string[];

  @ApiProperty({ example: '参保人员跨省流动就业的，其基本养老保险关系随本人转移，缴费年限累计计算。', maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  @HasNoControlCharacters()
  answer!: string;

  @ApiProperty({ type: LegalBasisDto })
  @ValidateNested()
  @Type(() => LegalBasisDto)
  legalBasis!: LegalBasisDto;
}

/** An edit: the full new content and the version it was made on. */
export class EditStandardAnswerRequest extends StandardAnswerRequest {
  @ApiProperty({ example: 1, description: 'The version read before editing; 409 if it is no longer the latest' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

export class StandardAnswerVersionQuery {
  @ApiProperty({ required: false, example: 1, description: 'An earlier version; the latest when absent' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}
