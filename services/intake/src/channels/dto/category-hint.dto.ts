import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength, registerDecorator, type ValidationOptions } from 'class-validator';
import { Taxonomy } from '@sunshine/contracts';
import { localizedMessage } from '@sunshine/platform';

/** A category of the board's taxonomy the channel already knows (level 1, optionally level 2). */
export class CategoryHintDto {
  @ApiProperty({ example: '城乡建设', description: '一级分类 (see GET /open311/v2/services.json: group)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  level1!: string;

  @ApiPropertyOptional({ example: '城市建设和市政管理', description: '二级分类, under level1' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  level2?: string;
}

/** The category exists in the shared Taxonomy (level 2 under its level 1). */
export function IsKnownCategory(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isKnownCategory',
      target: target.constructor,
      propertyName,
      options: { message: localizedMessage('不是分类体系中的分类', 'is not a category of the taxonomy'), ...options },
      validator: {
        validate: (value: unknown) => {
          if (value === undefined || value === null) return true;
          if (typeof value !== 'object') return false;
          const { level1, level2 } = value as { level1?: unknown; level2?: unknown };
          if (typeof level1 !== 'string' || (level2 !== undefined && typeof level2 !== 'string')) return false;
          return Taxonomy.has(level1, level2);
        },
      },
    });
}
