import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { BulletinPeriods, type BulletinPeriod } from '@sunshine/contracts';

export class BulletinParams {
  @ApiProperty({ enum: BulletinPeriods.codes, example: 'monthly', description: 'daily (一日一清理), monthly (一月一办结) or quarterly (一季一分析)' })
  @IsIn(BulletinPeriods.codes)
  kind!: BulletinPeriod;

  @ApiProperty({ example: '2026-12', description: 'The period: a day `2026-12-01`, a month `2026-12` or a quarter `2026-Q4` (Asia/Shanghai)' })
  @IsString()
  @MaxLength(10)
  period!: string;
}
