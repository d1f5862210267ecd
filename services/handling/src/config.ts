import { ServiceConfig } from '@sunshine/platform';

/** The handling service's environment (validated at start; see ServiceConfig for the shared part). */
export class HandlingConfig extends ServiceConfig {}
