import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles } from '@sunshine/auth';
import { ReportHistoryResponseDto, VerifyHistoryResponseDto } from './dto/report-history.response.dto';
import { ReportHistoryService } from './report-history.service';

/** Who reads and checks the signed history: the organization department, and the supervision office (督查室) as its independent checker. */
export const HISTORY_READERS = ['organization-department', 'supervisor'] as const;

@ApiTags('report-history')
@ApiBearerAuth()
@Controller('api/v1/report-history')
export class ReportHistoryHttpController {
  constructor(private readonly history: ReportHistoryService) {}

  @Get()
  @Roles(...HISTORY_READERS)
  @ApiOperation({ summary: 'The signed history of published reports (已发布报告存档)', description: 'Every entry, oldest first, with its hashes and signature; the reports themselves are not listed.' })
  @ApiOkResponse({ type: ReportHistoryResponseDto })
  @ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: only the organization department and the supervision office' })
  async list(): Promise<ReportHistoryResponseDto> {
    return { entries: await this.history.list() };
  }

  @Get('verify')
  @Roles(...HISTORY_READERS)
  @ApiOperation({
    summary: 'Verify the report history (存档校验)',
    description: 'Recomputes every report’s SHA-256, every entry’s hash, the links and the HMAC signatures; names the first entry that fails.',
  })
  @ApiOkResponse({ type: VerifyHistoryResponseDto })
  @ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: only the organization department and the supervision office' })
  verify(): Promise<VerifyHistoryResponseDto> {
    return this.history.verify();
  }
}
