import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { CaseResponseDto } from '../cases/dto/case.response.dto';
import { PetitionIdPipe } from '../cases/petition-id.pipe';
import { DecideExtensionRequest, ListExtensionRequestsQuery, RequestExtensionRequest } from './dto/extension.request.dto';
import { ExtensionRequestCreatedDto, ExtensionRequestListDto } from './dto/extension.response.dto';
import { ExtensionService } from './extension.service';

@ApiTags('extensions')
@ApiBearerAuth()
@Controller('api/v1')
export class ExtensionRequestsHttpController {
  constructor(private readonly extensions: ExtensionService) {}

  @Post('cases/:petitionId/extension-requests')
  @Roles('unit')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Ask a leader to extend the handling deadline (延期申请)',
    description:
      'Lead unit only, while accepted or reopened and before the handle-by deadline; 1–30 days; one request at a time and one extension per case ' +
      '(信访工作条例 art. 32). The deadline moves only when a leader approves. Publishes case.extension-requested.',
  })
  @ApiCreatedResponse({ type: ExtensionRequestCreatedDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'CASE.NOT_LEAD_UNIT' })
  @ApiConflictResponse({ description: 'EXTENSION.AFTER_DEADLINE, EXTENSION.ALREADY_PENDING, CASE.ALREADY_EXTENDED, CASE.NOT_ACCEPTED_YET, …' })
  request(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', PetitionIdPipe) petitionId: string,
    @Body() body: RequestExtensionRequest,
  ): Promise<ExtensionRequestCreatedDto> {
    return this.extensions.request(principal, petitionId, body);
  }

  @Post('cases/:petitionId/extension-requests/:requestId/decision')
  @Roles('leader')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve or refuse an extension request (领导审批延期)',
    description:
      'A leader (token with a leader id) decides once. Approving moves handle-by by the days asked (calendar days, to the end of the day, Asia/Shanghai) ' +
      'and publishes case.extended; it is refused after the deadline has passed. Refusing publishes case.extension-refused.',
  })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND, EXTENSION.REQUEST_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'LEADER.ID_REQUIRED' })
  @ApiConflictResponse({ description: 'EXTENSION.ALREADY_DECIDED, EXTENSION.AFTER_DEADLINE, CASE.ALREADY_REPLIED, …' })
  decide(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', PetitionIdPipe) petitionId: string,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
    @Body() body: DecideExtensionRequest,
  ): Promise<CaseResponseDto> {
    return this.extensions.decide(principal, petitionId, requestId, body);
  }

  @Get('extension-requests')
  @Roles('leader', 'admin')
  @ApiOperation({ summary: 'Extension requests (延期审批), by default those waiting for a decision', description: "A leader's approvals queue." })
  @ApiOkResponse({ type: ExtensionRequestListDto })
  list(@Query() query: ListExtensionRequestsQuery): Promise<ExtensionRequestListDto> {
    return this.extensions.list(query);
  }
}
