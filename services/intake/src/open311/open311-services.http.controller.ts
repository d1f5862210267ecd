import { Controller, Get, Param, Query, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '@sunshine/auth';
import { DiscoveryDto, Open311ErrorDto, ServiceDefinitionDto, ServiceDto } from './dto/open311.response.dto';
import { Open311ExceptionFilter } from './open311-exception.filter';
import type { Open311Document } from './open311-format';
import { Open311FormatInterceptor } from './open311-format.interceptor';
import { catalogueEntry, open311Services, serviceDefinition } from './open311-services';
import { Open311Settings } from './open311.config';
import { Open311ServiceNotFound } from './open311.errors';
import { QueryServiceRequestsService } from './query-service-requests.service';

const FORMAT = { name: 'format', enum: ['json', 'xml'], description: 'Response format: the resource’s extension' };
const JURISDICTION = { name: 'jurisdiction_id', required: false, description: 'Optional (one jurisdiction is served); another one is 404' };

/** GeoReport v2 discovery and service catalogue: public, no key. */
@ApiTags('open311')
@Public()
@UseGuards(ThrottlerGuard)
@UseFilters(Open311ExceptionFilter)
@UseInterceptors(Open311FormatInterceptor)
@ApiProduces('application/json', 'text/xml')
@ApiBadRequestResponse({ type: [Open311ErrorDto], description: 'GeoReport v2 errors: `<errors><error><code/><description/></error></errors>` or a JSON array' })
@Controller('open311/v2')
export class Open311ServicesHttpController {
  constructor(
    private readonly settings: Open311Settings,
    private readonly queries: QueryServiceRequestsService,
  ) {}

  @Get('discovery.:format')
  @ApiOperation({ summary: 'Service discovery (Open311): the endpoint, its formats, contact and how to get an api_key' })
  @ApiParam(FORMAT)
  @ApiOkResponse({ type: DiscoveryDto })
  discovery(): Open311Document {
    return {
      root: 'discovery',
      body: {
        changeset: this.settings.changeset,
        contact: this.settings.contact,
        key_service: this.settings.keyService,
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: this.settings.endpointUrl,
            changeset: this.settings.changeset,
            type: this.settings.endpointType,
            formats: ['text/xml', 'application/json'],
          },
        ],
      },
    };
  }

  @Get('services.:format')
  @ApiOperation({ summary: 'GET Service List: the board’s level-2 categories, grouped by level 1' })
  @ApiParam(FORMAT)
  @ApiQuery(JURISDICTION)
  @ApiOkResponse({ type: [ServiceDto] })
  services(@Query('jurisdiction_id') jurisdictionId?: unknown): Open311Document {
    this.queries.checkJurisdiction(jurisdictionId);
    return { root: 'services', body: open311Services() };
  }

  @Get('services/:service_code.:format')
  @ApiOperation({ summary: 'GET Service Definition: the attributes of a service (whether the report is confidential)' })
  @ApiParam({ name: 'service_code', example: 'c-5d1e0a7b' })
  @ApiParam(FORMAT)
  @ApiQuery(JURISDICTION)
  @ApiOkResponse({ type: ServiceDefinitionDto })
  @ApiNotFoundResponse({ type: [Open311ErrorDto], description: 'Unknown service_code or jurisdiction_id' })
  definition(@Param('service_code') serviceCode: string, @Query('jurisdiction_id') jurisdictionId?: unknown): Open311Document {
    this.queries.checkJurisdiction(jurisdictionId);
    const entry = catalogueEntry(serviceCode);
    if (!entry) throw new Open311ServiceNotFound(404);
    return { root: 'service_definition', body: serviceDefinition(entry) };
  }
}
