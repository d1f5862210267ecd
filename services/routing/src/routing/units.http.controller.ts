import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RoutePetitionService } from './route-petition.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller('api/v1/units')
export class UnitsHttpController {
  constructor(private readonly routing: RoutePetitionService) {}

  @Get()
  @ApiOperation({ summary: 'The catalogue of responsible units (责任单位) and the version of the routing configuration' })
  list() {
    const { version, units } = this.routing.unitCatalogue;
    return { version, units: units.map(({ id, name, kind, categories }) => ({ id, name, kind, categories })) };
  }
}
