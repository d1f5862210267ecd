import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { HasNoControlCharacters } from '@sunshine/platform';
import { PetitionerCredentialsRequest } from '../../cases/dto/petitioner-credentials.request.dto';

/** 撤回: the petitioner withdraws with the case number and query code (in the body, never a URL). */
export class WithdrawPetitionRequest extends PetitionerCredentialsRequest {
  @ApiProperty({ example: '问题已与施工单位协商解决，申请撤回。', maxLength: 1000, description: 'Why the petitioner withdraws' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @HasNoControlCharacters()
  reason!: string;
}
