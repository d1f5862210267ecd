import { IsOptional, IsString } from 'class-validator';
import { ServiceConfig } from '@sunshine/platform';

/** The routing service's environment (validated at start; see ServiceConfig for the shared part). */
export class RoutingConfig extends ServiceConfig {
  /** Path of the unit catalogue (JSON); defaults to the one shipped in src/catalogue/units.json. */
  @IsOptional()
  @IsString()
  ROUTING_UNIT_CATALOGUE?: string;
}
