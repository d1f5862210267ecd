import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

/** Why a unit asks for the petitioner's contact details (written to the audit log). */
export class RevealRequest {
  @ApiProperty({ example: '需电话回访核实夜间施工是否已停止', description: 'Why the unit needs the contact details (written to the audit log)' })
  @IsString()
  @IsNotEmpty()
  @MinLength(4)
  @MaxLength(500)
  reason!: string;
}
