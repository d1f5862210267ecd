import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@sunshine/auth';
import { DuplicateCandidatesService } from './duplicate-candidates.service';
import { DuplicateCandidatesRequest } from './dto/duplicate-candidates.request.dto';
import { DuplicateCandidatesResponseDto } from './dto/duplicate-candidates.response.dto';

@ApiTags('duplicate-candidates')
@ApiBearerAuth()
@Controller('api/v1/duplicate-candidates')
export class DuplicateCandidatesHttpController {
  constructor(private readonly candidates: DuplicateCandidatesService) {}

  @Post()
  @Roles('channel', 'registrar', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Duplicate hints while a call is typed: registered petitions that look like the same matter (case number, score, why, status), best first; read-only, never a petitioner',
  })
  @ApiOkResponse({ type: DuplicateCandidatesResponseDto })
  search(@Body() body: DuplicateCandidatesRequest): Promise<DuplicateCandidatesResponseDto> {
    return this.candidates.search(body);
  }
}
