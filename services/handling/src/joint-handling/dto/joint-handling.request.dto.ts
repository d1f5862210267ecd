import { UNIT_ID_PATTERN } from '@sunshine/contracts';
import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class SubmitAssistOpinionRequest {
  @ApiProperty({ example: '经现场核查，该工地夜间施工许可已于上月到期，建议由主办单位责令停工。', maxLength: 5000, description: '协办意见, shown in the lead unit’s reply' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  @HasNoControlCharacters()
  opinion!: string;
}

export class ConveneCaseRequest {
  @ApiProperty({ example: ['housing-construction-bureau', 'town-jiayang'], type: [String], description: 'The units convened (联席会商)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(UNIT_ID_PATTERN, { each: true })
  participantUnitIds!: string[];

  @ApiProperty({ example: '由区住建局牵头，区生态环境局配合，十日内完成整改并答复群众。', maxLength: 5000, description: '联合处理意见 the units carry out' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  @HasNoControlCharacters()
  opinion!: string;
}

export class RequestCoordinationRequest {
  @ApiProperty({ example: '该事项涉及住建、城管多个部门职责交叉，请联席办协调。', maxLength: 2000, description: 'Why the joint office should coordinate' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @HasNoControlCharacters()
  reason!: string;
}
