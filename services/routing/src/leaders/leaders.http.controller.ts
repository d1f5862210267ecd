import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@sunshine/auth';
import { LeaderCatalogueResponseDto } from './dto/leaders.response.dto';
import { LeaderCatalogueProvider } from './leader-catalogue.provider';

@ApiTags('leaders')
@ApiBearerAuth()
@Controller('api/v1/leaders')
export class LeadersHttpController {
  constructor(private readonly leaders: LeaderCatalogueProvider) {}

  @Get()
  @Roles('registrar', 'leader', 'unit', 'joint-office', 'supervisor', 'organization-department', 'admin')
  @ApiOperation({ summary: 'The district leaders (区领导) who instruct petitions and take charge of cases, with their mailboxes' })
  @ApiOkResponse({ type: LeaderCatalogueResponseDto })
  list() {
    return this.leaders.listing();
  }
}
