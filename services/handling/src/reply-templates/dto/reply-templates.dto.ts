import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PetitionKinds, type PetitionKind } from '@sunshine/contracts';

export class ReplyTemplatesQuery {
  @ApiPropertyOptional({ example: '劳动和社会保障', description: 'First-level category: its own templates and the defaults it falls back to' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  category?: string;

  @ApiPropertyOptional({ enum: PetitionKinds.codes, example: 'consultation' })
  @IsOptional()
  @IsIn(PetitionKinds.codes)
  kind?: PetitionKind;
}

class HeadingsDto {
  @ApiProperty({ example: '经查明的事实' })
  facts!: string;

  @ApiProperty({ example: '处理意见' })
  decision!: string;

  @ApiProperty({ example: '处理依据' })
  basis!: string;
}

class TemplateTextDto {
  @ApiProperty({ example: '您好！您反映的诉求已收悉，经调查核实，现答复如下：' })
  opening!: string;

  @ApiProperty({ type: HeadingsDto })
  headings!: HeadingsDto;

  @ApiProperty({ example: '感谢您的理解与支持。' })
  closing!: string;

  @ApiProperty({ example: '如对本答复意见不服，可自收到本答复意见之日起30日内向区人民政府信访复查复核机关提出复查请求（《信访工作条例》第三十五条）。', description: 'Always ends the reply' })
  reviewRights!: string;
}

export class ReplyTemplateResponseDto {
  @ApiProperty({ enum: PetitionKinds.codes, example: 'request' })
  kind!: string;

  @ApiPropertyOptional({ example: '劳动和社会保障', description: 'Absent for the kind\'s default template' })
  category?: string;

  @ApiProperty({ example: ['supported', 'scheduled', 'explained', 'not-supported'], type: [String], description: 'Outcomes allowed for the kind' })
  outcomes!: string[];

  @ApiProperty({ example: { supported: ['facts', 'decision', 'basis'], scheduled: ['facts', 'decision', 'basis', 'promisedBy'] }, description: 'Required parts per outcome' })
  requiredParts!: Record<string, string[]>;

  @ApiProperty({ type: TemplateTextDto })
  'zh-CN'!: TemplateTextDto;

  @ApiProperty({ type: TemplateTextDto })
  en!: TemplateTextDto;
}

export class ReplyTemplateListResponseDto {
  @ApiProperty({ type: [ReplyTemplateResponseDto] })
  items!: ReplyTemplateResponseDto[];
}
