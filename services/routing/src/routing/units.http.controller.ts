import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UnitCatalogueResponseDto } from './routing.response.dto';
import { UnitCatalogueProvider } from './unit-catalogue.provider';

@ApiTags('units')
@ApiBearerAuth()
@Controller('api/v1/units')
export class UnitsHttpController {
  constructor(private readonly units: UnitCatalogueProvider) {}

  @Get()
  @ApiOperation({ summary: 'The catalogue of responsible units (责任单位) and the version of the routing configuration' })
  @ApiOkResponse({ type: UnitCatalogueResponseDto })
  list() {
    return this.units.listing();
  }
}
