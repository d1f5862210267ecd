import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@sunshine/auth';
import { NotAcceptReasonListResponseDto } from './dto/not-accept-reason.response.dto';
import { NOT_ACCEPT_REASONS } from './not-accept-reasons';

@ApiTags('catalogues')
@ApiBearerAuth()
@Controller('api/v1/not-accept-reasons')
export class NotAcceptReasonsHttpController {
  @Get()
  @Roles('unit', 'joint-office', 'leader', 'supervisor', 'admin')
  @ApiOperation({
    summary: 'The grounds for not accepting a case (不予受理理由目录)',
    description: '信访工作条例 art. 31–33: each ground with its zh-CN and en label and the legal basis the petitioner is told.',
  })
  @ApiOkResponse({ type: NotAcceptReasonListResponseDto })
  list(): NotAcceptReasonListResponseDto {
    return { items: NOT_ACCEPT_REASONS.map((r) => ({ code: r.code, label: { ...r.label }, legalBasis: r.legalBasis })) };
  }
}
