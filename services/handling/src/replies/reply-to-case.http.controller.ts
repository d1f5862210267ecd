import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { CaseResponseDto } from '../cases/dto/case.response.dto';
import { PetitionIdPipe } from '../cases/petition-id.pipe';
import { ReplyToCaseRequest } from './dto/reply-to-case.request.dto';
import { ReplyToCaseService } from './reply-to-case.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class ReplyToCaseHttpController {
  constructor(private readonly replies: ReplyToCaseService) {}

  @Post(':petitionId/reply')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reply to the petitioner (答复)',
    description:
      'Lead unit only, after acceptance or a reopening. The outcome must fit the petition\'s kind; the reply holds the facts found, ' +
      'the decision and its basis (and promisedBy for scheduled, nextCheckAt for explained, a standard answer or law and article for answered). ' +
      'The text is composed by the category\'s template, shows the assisting units\' opinions and ends with the right to ask for review (复查) ' +
      'within 30 days. Round 1 for the first reply, 2 after a reopening, … Publishes case.replied; the petitioner may then rate this round.',
  })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'CASE.NOT_LEAD_UNIT' })
  @ApiConflictResponse({ description: 'CASE.NOT_ACCEPTED_YET, CASE.ALREADY_REPLIED, CASE.CLOSED, CASE.DECLINED, CASE.TRANSFERRED, CASE.RETURNED' })
  @ApiUnprocessableEntityResponse({ description: 'REPLY.PART_MISSING (missingParts), CASE.OUTCOME_NOT_FOR_KIND, REPLY.DATE_IN_PAST, REPLY.STANDARD_ANSWER_NOT_FOUND' })
  reply(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', PetitionIdPipe) petitionId: string,
    @Body() body: ReplyToCaseRequest,
  ): Promise<CaseResponseDto> {
    return this.replies.reply(principal, petitionId, body);
  }
}
