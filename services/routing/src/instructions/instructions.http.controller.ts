import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { InstructionDecisions, UNIT_ID_PATTERN } from '@sunshine/contracts';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { InstructPetitionService } from './instruct-petition.service';
import { InstructionResultResponseDto, PendingInstructionsResponseDto } from '../routing/routing.response.dto';

class InstructionRequest {
  @ApiProperty({ enum: InstructionDecisions.codes, example: 'approve' })
  @IsIn(InstructionDecisions.codes)
  decision!: 'approve' | 'send-back';

  @ApiProperty({ example: '请区住建局牵头，区城管局配合，十五日内查明情况并答复群众。' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  instruction!: string;

  @ApiPropertyOptional({ example: 'housing-construction-bureau', description: '主办单位 (default: the proposed one)' })
  @IsOptional()
  @Matches(UNIT_ID_PATTERN)
  leadUnitId?: string;

  @ApiPropertyOptional({ example: ['law-enforcement-bureau'], description: '协办单位' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(UNIT_ID_PATTERN, { each: true })
  assistingUnitIds?: string[];

  @ApiPropertyOptional({ example: 'leader-deputy-head-1', description: '包案领导: the leader who takes personal charge' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  leaderInCharge?: string;
}

@ApiTags('instructions')
@ApiBearerAuth()
@Controller('api/v1/instructions')
export class InstructionsHttpController {
  constructor(private readonly instructions: InstructPetitionService) {}

  @Get()
  @Roles('leader', 'joint-office')
  @ApiOperation({ summary: 'Items waiting for a leader’s reading and instruction (待批示), oldest first, with why' })
  @ApiOkResponse({ type: PendingInstructionsResponseDto })
  async pending() {
    const items = await this.instructions.pending();
    return {
      items: items.map((p) => ({
        petitionId: p._id,
        caseNumber: p.caseNumber,
        receivedAt: p.receivedAt,
        subject: p.caseFile.subject,
        text: p.caseFile.text,
        channel: p.caseFile.channel,
        confidential: p.caseFile.confidential,
        kind: p.triage?.kind,
        category: p.triage?.category,
        urgency: p.triage?.urgency,
        signals: p.triage?.signals ?? [],
        confidence: p.triage?.confidence,
        proposedLeadUnitId: p.proposal?.leadUnitId,
        proposedAssistingUnitIds: p.proposal?.assistingUnitIds ?? [],
        reasons: p.proposal?.reasons ?? [],
      })),
    };
  }

  @Post(':petitionId')
  @Roles('leader')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Instruct an item (批示): approve and assign — lead, assisting units, leader in charge — or send it back to the joint office',
  })
  @ApiOkResponse({ type: InstructionResultResponseDto })
  async instruct(
    @CurrentPrincipal() leader: Principal,
    @Param('petitionId', new ParseUUIDPipe({ version: undefined })) petitionId: string,
    @Body() body: InstructionRequest,
  ) {
    const done = await this.instructions.instruct(leader, petitionId, body);
    return { petitionId, caseNumber: done.caseNumber, status: done.status, assignment: done.assignment };
  }
}
