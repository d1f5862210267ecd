import { ServiceConfig } from '@sunshine/platform';

/** The feedback service's environment (validated at start; see ServiceConfig for the shared part). */
export class FeedbackConfig extends ServiceConfig {}
