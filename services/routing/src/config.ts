import { ServiceConfig } from '@sunshine/platform';

/** The routing service's environment (validated at start; see ServiceConfig for the shared part). */
export class RoutingConfig extends ServiceConfig {}
