import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WarningLights, type WarningLight } from '@sunshine/contracts';

/** A case's warning light now and the deadline it comes from. */
export class WarningDto {
  @ApiProperty({
    enum: WarningLights.codes,
    nullable: true,
    example: 'yellow',
    description: 'null when no unit deadline runs (closed, concluded, not accepted, under review, replied and rated…)',
  })
  light!: WarningLight | null;

  @ApiPropertyOptional({ example: '黄灯（临近期限）' })
  lightLabel?: string;

  @ApiPropertyOptional({ enum: ['accept-by', 'handle-by'], example: 'handle-by' })
  deadline?: 'accept-by' | 'handle-by';

  @ApiPropertyOptional({ example: '2027-01-26T02:00:00.000Z' })
  dueAt?: string;

  @ApiPropertyOptional({ example: '2027-01-14T02:00:00.000Z', description: 'When the light turns (turned) yellow; absent once the unit replied' })
  yellowFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-05T08:00:00.000Z', description: 'The reply that stopped the clock, if any' })
  stoppedAt?: string;
}
