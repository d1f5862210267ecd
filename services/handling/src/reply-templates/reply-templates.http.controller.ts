import { Controller, Get, Query } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@sunshine/auth';
import { OUTCOMES_BY_KIND, requiredReplyParts, REVIEW_RIGHTS_NOTICE } from '@sunshine/contracts';
import { ReplyTemplateListResponseDto, ReplyTemplatesQuery } from './dto/reply-templates.dto';
import { templatesMatching } from './reply-template';

@ApiTags('reply-templates')
@ApiBearerAuth()
@Controller('api/v1/reply-templates')
export class ReplyTemplatesHttpController {
  private readonly reviewBody: string;

  constructor(config: ConfigService) {
    this.reviewBody = config.getOrThrow<string>('HANDLING_REVIEW_BODY');
  }

  @Get()
  @Roles('unit', 'joint-office', 'leader', 'admin')
  @ApiOperation({
    summary: 'Reply templates per category and kind (书面答复意见模板)',
    description: 'Each with the outcomes its kind allows and the parts each outcome requires, in zh-CN and en.',
  })
  @ApiOkResponse({ type: ReplyTemplateListResponseDto })
  list(@Query() query: ReplyTemplatesQuery): ReplyTemplateListResponseDto {
    return {
      items: templatesMatching(query).map((t) => ({
        kind: t.kind,
        ...(t.category ? { category: t.category } : {}),
        outcomes: [...OUTCOMES_BY_KIND[t.kind]],
        requiredParts: Object.fromEntries(OUTCOMES_BY_KIND[t.kind].map((o) => [o, requiredReplyParts(o)])),
        'zh-CN': { ...t['zh-CN'], reviewRights: REVIEW_RIGHTS_NOTICE('zh-CN', this.reviewBody) },
        en: { ...t.en, reviewRights: REVIEW_RIGHTS_NOTICE('en') },
      })),
    };
  }
}
