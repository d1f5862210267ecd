import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RoutePetitionService } from './route-petition.service';
import { UnitCatalogueResponseDto } from './routing.response.dto';

@ApiTags('units')
@ApiBearerAuth()
@Controller('api/v1/units')
export class UnitsHttpController {
  constructor(private readonly routing: RoutePetitionService) {}

  @Get()
  @ApiOperation({ summary: 'The catalogue of responsible units (责任单位) and the version of the routing configuration' })
  @ApiOkResponse({ type: UnitCatalogueResponseDto })
  list() {
    const { version, units } = this.routing.unitCatalogue;
    return { version, units: units.map(({ id, name, kind, categories }) => ({ id, name, kind, categories })) };
  }
}
