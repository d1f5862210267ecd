import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { HasNoControlCharacters } from '@sunshine/platform';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** What the operator has typed so far (nothing of the caller: no name, phone or ID number here). */
export class DuplicateCandidatesRequest {
  @ApiPropertyOptional({ example: '嘉农镇杨柳村自来水停水三天', maxLength: 200, description: 'The subject, when one is typed already' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  @HasNoControlCharacters()
  subject?: string;

  @ApiProperty({
    example: '来电人反映：杨柳村3组自11月23日起停水，至今已三天，村里老人多，生活用水困难。',
    minLength: 4,
    maxLength: 10_000,
    description: 'The text typed so far (the call’s summary); at least 4 characters besides surrounding spaces',
  })
  @Transform(trimmed)
  @IsString()
  @MinLength(4)
  @MaxLength(10_000)
  text!: string;

  @ApiPropertyOptional({ example: 5, minimum: 1, maximum: 20, description: 'At most this many candidates, best first (1–20, default 5)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  limit?: number;
}
