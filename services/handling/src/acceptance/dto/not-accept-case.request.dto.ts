import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/**
 * 不予受理: the petitioner is told why, and on which legal basis. A ground from the catalogue
 * (`reasonCode`) brings its own label and basis; `reason` / `legalBasis` add to or replace them.
 * Without a code (the earlier shape `{ reason, legalBasis }`) the ground is `other`.
 */
export class NotAcceptCaseRequest {
  @ApiPropertyOptional({ example: 'in-litigation', description: 'A code of GET /api/v1/not-accept-reasons; `other` when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  reasonCode?: string;

  @ApiPropertyOptional({ example: '该事项已进入诉讼程序，应当通过诉讼途径解决', maxLength: 2000, description: 'Required for `other`' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @HasNoControlCharacters()
  reason?: string;

  @ApiPropertyOptional({ example: '《信访工作条例》第三十一条第（一）项', maxLength: 200, description: 'Required for `other`' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @HasNoControlCharacters()
  legalBasis?: string;
}
