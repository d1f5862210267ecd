import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PetitionStatuses, WarningLights } from '@sunshine/contracts';

class WarningItemDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiPropertyOptional({ example: 'SW-2026-000123' })
  caseNumber?: string;

  @ApiProperty({ enum: PetitionStatuses.codes, example: 'assigned' })
  status!: string;

  @ApiPropertyOptional({ example: 'ecology-environment-bureau', description: 'Absent while the case waits for (re)assignment' })
  leadUnitId?: string;

  @ApiPropertyOptional({ example: '区生态环境局' })
  leadUnitName?: string;

  @ApiProperty({ enum: WarningLights.codes, example: 'red' })
  light!: string;

  @ApiProperty({ example: '红灯（已超期）' })
  lightLabel!: string;

  @ApiProperty({ enum: ['accept-by', 'handle-by'], example: 'accept-by' })
  deadline!: string;

  @ApiProperty({ example: '2026-12-11T09:15:02.000Z' })
  dueAt!: string;
}

export class WarningsResponseDto {
  @ApiProperty({ example: '2026-12-14T02:00:00.000Z' })
  asOf!: string;

  @ApiProperty({ example: 1, description: 'Matching cases (items holds at most `limit` of them)' })
  total!: number;

  @ApiProperty({ type: [WarningItemDto], description: 'Red first, then yellow, then green; earliest deadline first' })
  items!: WarningItemDto[];
}
