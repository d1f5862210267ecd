import { type PipeTransform } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { StandardAnswerNotFound } from '../standard-answer.errors';

export class StandardAnswerListQuery {
  @ApiPropertyOptional({ example: '劳动和社会保障', description: 'First-level category' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  category?: string;
}

/** An id that cannot be a standard answer's is simply not found. */
export class StandardAnswerIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^sa-[A-Za-z0-9-]{1,64}$/.test(value)) throw new StandardAnswerNotFound();
    return value;
  }
}
