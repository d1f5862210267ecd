import { Body, Controller, Headers, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '@sunshine/auth';
import { negotiateLanguage } from '@sunshine/platform';
import { ProgressQueryRequest } from './dto/progress-query.request.dto';
import { ProgressResponseDto } from './dto/progress.response.dto';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Controller('api/v1/public/progress')
export class ProgressHttpController {
  constructor(private readonly progress: ProgressService) {}

  @Post()
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: "The petitioner's progress view (办理进度查询)",
    description:
      'Case number and query code in the body. A wrong code and an unknown case both answer 404. ' +
      'zh-CN by default; send Accept-Language: en for English.',
  })
  @ApiOkResponse({ type: ProgressResponseDto })
  view(@Body() body: ProgressQueryRequest, @Headers('accept-language') acceptLanguage?: string): Promise<ProgressResponseDto> {
    return this.progress.view(body.caseNumber, body.queryCode, negotiateLanguage(acceptLanguage));
  }
}
