import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { PublishRulesRequest } from './dto/routing-rules.request.dto';
import { PublishedRulesResponseDto, RuleSetResponseDto } from './dto/routing-rules.response.dto';
import { RoutingRulesService } from './routing-rules.service';

@ApiTags('routing rules')
@ApiBearerAuth()
@Controller('api/v1/routing-rules')
export class RoutingRulesHttpController {
  constructor(private readonly rules: RoutingRulesService) {}

  @Get()
  @Roles('admin', 'joint-office', 'leader', 'supervisor')
  @ApiOperation({ summary: 'The routing rules in force, with their version' })
  @ApiOkResponse({ type: RuleSetResponseDto })
  active() {
    return this.rules.active();
  }

  @Get(':version')
  @Roles('admin', 'joint-office', 'leader', 'supervisor')
  @ApiOperation({ summary: 'A past version of the routing rules (every assignment names the version that decided it)' })
  @ApiOkResponse({ type: RuleSetResponseDto })
  version(@Param('version') version: string) {
    return this.rules.byVersion(version);
  }

  @Put()
  @Roles('admin')
  @ApiOperation({ summary: 'Publish a new version of the routing rules (tried in order; the first match decides)' })
  @ApiOkResponse({ type: PublishedRulesResponseDto })
  publish(@CurrentPrincipal() principal: Principal, @Body() body: PublishRulesRequest) {
    return this.rules.publish(body.rules, principal.subject, body.note);
  }
}
