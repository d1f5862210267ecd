import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { StandardAnswerIdPipe, StandardAnswerListQuery } from './dto/standard-answer-query.dto';
import { EditStandardAnswerRequest, StandardAnswerRequest, StandardAnswerVersionQuery } from './dto/standard-answer.request.dto';
import { StandardAnswerListResponseDto, StandardAnswerResponseDto } from './dto/standard-answer.response.dto';
import { StandardAnswersService } from './standard-answers.service';

const READERS = ['unit', 'joint-office', 'leader', 'admin'] as const;

@ApiTags('standard-answers')
@ApiBearerAuth()
@Controller('api/v1/standard-answers')
export class StandardAnswersHttpController {
  constructor(private readonly answers: StandardAnswersService) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The standard-answer library (标准答复库), latest versions, by category' })
  @ApiQuery({ name: 'category', required: false, example: '劳动和社会保障' })
  @ApiOkResponse({ type: StandardAnswerListResponseDto })
  list(@Query() query: StandardAnswerListQuery): Promise<StandardAnswerListResponseDto> {
    return this.answers.list(query.category);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One standard answer: the latest version, or `?version=` an earlier one' })
  @ApiOkResponse({ type: StandardAnswerResponseDto })
  @ApiNotFoundResponse({ description: 'STANDARD_ANSWER.NOT_FOUND' })
  get(@Param('id', StandardAnswerIdPipe) id: string, @Query() query: StandardAnswerVersionQuery): Promise<StandardAnswerResponseDto> {
    return this.answers.get(id, query.version);
  }

  @Post()
  @Roles('joint-office')
  @ApiOperation({ summary: 'Add a standard answer (joint office only); version 1' })
  @ApiCreatedResponse({ type: StandardAnswerResponseDto })
  create(@CurrentPrincipal() principal: Principal, @Body() body: StandardAnswerRequest): Promise<StandardAnswerResponseDto> {
    return this.answers.create(principal, body);
  }

  @Put(':id')
  @Roles('joint-office')
  @ApiOperation({
    summary: 'Edit a standard answer (joint office only): a new version',
    description: 'The body is the full new content and `expectedVersion`, the version read; the earlier versions stay readable.',
  })
  @ApiOkResponse({ type: StandardAnswerResponseDto })
  @ApiNotFoundResponse({ description: 'STANDARD_ANSWER.NOT_FOUND' })
  @ApiConflictResponse({ description: 'STANDARD_ANSWER.VERSION_CONFLICT: edited meanwhile' })
  edit(
    @CurrentPrincipal() principal: Principal,
    @Param('id', StandardAnswerIdPipe) id: string,
    @Body() body: EditStandardAnswerRequest,
  ): Promise<StandardAnswerResponseDto> {
    return this.answers.edit(principal, id, body);
  }
}
