import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  MongooseHealthIndicator,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { Public } from '@sunshine/auth';
import { MessagingService } from '@sunshine/messaging';

/**
 * Liveness and readiness in one: up only when the database answers, Kafka answers, the outbox
 * relay runs and no consumer has stopped for good.
 */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly mongoose: MongooseHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly messaging: MessagingService,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Health of the service and of its database and Kafka connections (503 when anything is down)' })
  async check(@Res({ passthrough: true }) response: Response) {
    try {
      return await this.health.check([() => this.mongoose.pingCheck('database', { timeout: 1500 }), () => this.kafka()]);
    } catch (error) {
      // Keep terminus' report (which part is down) rather than a generic problem document.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse();
    }
  }

  private async kafka(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('kafka');
    const state = await this.messaging.health();
    const consumersUp = state.consumers.every((c) => c.state === 'running');
    const details = { relay: state.relay, consumers: state.consumers, ...(state.fatal ? { fatal: state.fatal } : {}) };
    return state.kafka === 'up' && state.relay === 'running' && consumersUp && !state.fatal
      ? indicator.up(details)
      : indicator.down({ broker: state.kafka, ...details });
  }
}
