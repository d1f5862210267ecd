import { ServiceConfig } from '@sunshine/platform';

/** The supervision service's environment (validated at start; see ServiceConfig for the shared part). */
export class SupervisionConfig extends ServiceConfig {}
