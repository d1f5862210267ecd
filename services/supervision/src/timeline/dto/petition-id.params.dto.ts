import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

/** A petition id as the envelope carries it (a UUID in practice). */
export class PetitionIdParams {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01', description: 'The petition id (also the Kafka key of its events)' })
  @IsString()
  @Matches(/^[A-Za-z0-9._:-]{1,64}$/)
  petitionId!: string;
}
