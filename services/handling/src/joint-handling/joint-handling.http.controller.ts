import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { CaseResponseDto } from '../cases/dto/case.response.dto';
import { PetitionIdPipe } from '../cases/petition-id.pipe';
import { CoordinationRequestListDto } from './dto/coordination.response.dto';
import { ConveneCaseRequest, RequestCoordinationRequest, SubmitAssistOpinionRequest } from './dto/joint-handling.request.dto';
import { JointHandlingService } from './joint-handling.service';

@ApiTags('joint handling')
@ApiBearerAuth()
@Controller('api/v1')
export class JointHandlingHttpController {
  constructor(private readonly joint: JointHandlingService) {}

  @Post('cases/:petitionId/assist-opinions')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({
    summary: "Submit an assisting unit's opinion (协办意见)",
    description:
      'Assisting units only; one per unit, replaced until the lead unit replies; due HANDLING_ASSIST_DAYS after acceptance. ' +
      "The lead unit's reply shows it. Publishes case.assist-opinion-submitted.",
  })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'JOINT.NOT_ASSISTING_UNIT' })
  @ApiConflictResponse({ description: 'JOINT.OPINION_OVERDUE, JOINT.OPINIONS_CLOSED' })
  submitOpinion(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', PetitionIdPipe) petitionId: string,
    @Body() body: SubmitAssistOpinionRequest,
  ): Promise<CaseResponseDto> {
    return this.joint.submitOpinion(principal, petitionId, body.opinion);
  }

  @Post('cases/:petitionId/convene')
  @Roles('joint-office')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Convene the units on a case and record the joint handling opinion (联席会商, 联合处理意见)',
    description:
      'The joint office. Participants not yet on the case may then read it (never a unit the report accuses). Publishes case.joint-convened.',
  })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiConflictResponse({ description: 'JOINT.CASE_NOT_OPEN' })
  convene(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', PetitionIdPipe) petitionId: string,
    @Body() body: ConveneCaseRequest,
  ): Promise<CaseResponseDto> {
    return this.joint.convene(principal, petitionId, body);
  }

  @Post('cases/:petitionId/coordination-requests')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ask the joint office to coordinate the case (申请协调)',
    description: 'Lead unit only, once its return window has closed (before that it returns the case). Publishes case.coordination-requested.',
  })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'CASE.NOT_LEAD_UNIT' })
  @ApiConflictResponse({ description: 'JOINT.RETURN_WINDOW_OPEN, JOINT.COORDINATION_PENDING, JOINT.CASE_NOT_OPEN' })
  requestCoordination(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', PetitionIdPipe) petitionId: string,
    @Body() body: RequestCoordinationRequest,
  ): Promise<CaseResponseDto> {
    return this.joint.requestCoordination(principal, petitionId, body.reason);
  }

  @Get('coordination-requests')
  @Roles('joint-office', 'admin')
  @ApiOperation({ summary: 'Cases whose lead unit asked for coordination (待协调)', description: "The joint office's queue." })
  @ApiOkResponse({ type: CoordinationRequestListDto })
  coordinationRequests(): Promise<CoordinationRequestListDto> {
    return this.joint.coordinationRequests();
  }
}
