import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsChinesePhone, IsResidentIdNumber } from '../../common/validators';

/** The petitioner's own details. All optional: a petition may be anonymous (匿名). */
export class PetitionerDto {
  @ApiPropertyOptional({ example: '王小明', description: '姓名 (encrypted at rest; never leaves intake)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @HasNoControlCharacters()
  name?: string;

  @ApiPropertyOptional({ example: '138 1234 5678', description: 'Mobile or fixed-line number; stored in E.164, encrypted' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  @IsChinesePhone()
  phone?: string;

  @ApiPropertyOptional({ example: '11010519491231002X', description: '居民身份证号码 (18 characters, GB 11643 check digit validated)' })
  @IsOptional()
  @IsString()
  @MaxLength(18)
  @IsResidentIdNumber()
  idNumber?: string;

  @ApiPropertyOptional({ example: '嘉州花园3栋2单元101', description: 'Address (encrypted at rest)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @HasNoControlCharacters()
  address?: string;

  @ApiPropertyOptional({ example: 'wang@example.com' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email?: string;
}
