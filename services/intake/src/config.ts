import { ServiceConfig } from '@sunshine/platform';

/** The intake service's environment (validated at start; see ServiceConfig for the shared part). */
export class IntakeConfig extends ServiceConfig {}
