import { Body, Controller, Get, NotFoundException, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { UNIT_ID_PATTERN } from '@sunshine/contracts';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { DomainError } from '@sunshine/platform';
import { RoutePetitionService } from '../routing/route-petition.service';
import { ruleSetProblems } from './routing-rules';
import { RoutingRulesRepository } from './routing-rules.repository';

class RoutingRuleDto {
  @ApiProperty({ example: 'wage-arrears' })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  @MaxLength(64)
  id!: string;

  @ApiPropertyOptional({ example: '劳动和社会保障', description: 'First-level category' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  category?: string;

  @ApiPropertyOptional({ example: 'town-fulu', description: 'Township or area code' })
  @IsOptional()
  @Matches(UNIT_ID_PATTERN)
  area?: string;

  @ApiPropertyOptional({ example: ['欠薪', '拖欠工资'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(20, { each: true })
  keywords?: string[];

  @ApiProperty({ example: 'human-resources-social-security-bureau' })
  @Matches(UNIT_ID_PATTERN)
  leadUnitId!: string;

  @ApiPropertyOptional({ example: ['town-fulu'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(UNIT_ID_PATTERN, { each: true })
  assistingUnitIds?: string[];

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean()
  requireInstruction?: boolean;

  @ApiPropertyOptional({ example: '劳动监察牵头' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

class PublishRulesRequest {
  @ApiProperty({ type: [RoutingRuleDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RoutingRuleDto)
  rules!: RoutingRuleDto[];

  @ApiPropertyOptional({ example: '按区委办意见，欠薪件由人社局牵头' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

class RuleSetResponseDto {
  @ApiProperty({ example: 'r-20261120-3', description: '`default` for the shipped rules' })
  version!: string;

  @ApiProperty({ type: [RoutingRuleDto] })
  rules!: RoutingRuleDto[];

  @ApiProperty({ example: '2026-11-20T02:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: 'admin-wang', description: '`seed` for the shipped rules' })
  createdBy!: string;

  @ApiPropertyOptional({ example: '按区委办意见，欠薪件由人社局牵头' })
  note?: string;
}

class PublishedRulesResponseDto {
  @ApiProperty({ example: 'r-20261120-3' })
  version!: string;

  @ApiProperty({ example: 12, description: 'How many rules the new version holds' })
  rules!: number;

  @ApiProperty({ example: '2026-11-20T02:00:00.000Z' })
  createdAt!: string;
}

class InvalidRules extends DomainError {
  constructor(problems: string[]) {
    super({
      code: 'ROUTING_RULES.INVALID',
      status: 400,
      title: { 'zh-CN': '分办规则有误', en: 'The routing rules are not valid' },
      detail: { 'zh-CN': problems.join('；'), en: problems.join('; ') },
      extensions: { problems },
    });
  }
}

@ApiTags('routing rules')
@ApiBearerAuth()
@Controller('api/v1/routing-rules')
export class RoutingRulesHttpController {
  constructor(
    private readonly rules: RoutingRulesRepository,
    private readonly routing: RoutePetitionService,
  ) {}

  @Get()
  @Roles('admin', 'joint-office', 'leader', 'supervisor')
  @ApiOperation({ summary: 'The routing rules in force, with their version' })
  @ApiOkResponse({ type: RuleSetResponseDto })
  active() {
    return this.rules.active().then(({ version, rules, createdAt, createdBy, note }) => ({ version, rules, createdAt, createdBy, note }));
  }

  @Get(':version')
  @Roles('admin', 'joint-office', 'leader', 'supervisor')
  @ApiOperation({ summary: 'A past version of the routing rules (every assignment names the version that decided it)' })
  @ApiOkResponse({ type: RuleSetResponseDto })
  async version(@Param('version') version: string) {
    const set = await this.rules.byVersion(version);
    if (!set) throw new NotFoundException();
    const { version: v, rules, createdAt, createdBy, note } = set;
    return { version: v, rules, createdAt, createdBy, note };
  }

  @Put()
  @Roles('admin')
  @ApiOperation({ summary: 'Publish a new version of the routing rules (tried in order; the first match decides)' })
  @ApiOkResponse({ type: PublishedRulesResponseDto })
  async publish(@CurrentPrincipal() principal: Principal, @Body() body: PublishRulesRequest) {
    const problems = ruleSetProblems(body.rules, this.routing.unitCatalogue);
    if (problems.length) throw new InvalidRules(problems);
    const set = await this.rules.publish(body.rules, principal.subject, body.note);
    return { version: set.version, rules: set.rules.length, createdAt: set.createdAt };
  }
}
