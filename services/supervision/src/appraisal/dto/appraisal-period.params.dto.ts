import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class AppraisalPeriodParams {
  @ApiProperty({ example: '2026-Q4', description: 'A quarter (`2026-Q4`) or a year (`2026`)' })
  @Matches(/^20\d{2}(-Q[1-4])?$/)
  period!: string;
}
