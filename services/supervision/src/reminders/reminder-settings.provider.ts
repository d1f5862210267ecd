import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { LimitRules } from './case-lights';
import { limitRules } from './reminder-rules';

/** The reminder chain's configuration (config.ts), read once. */
@Injectable()
export class ReminderSettings {
  readonly limits: LimitRules;
  readonly timeZone: string;
  readonly scanMs: number;
  readonly orderDueWorkingDays: number;
  readonly manualOrderDueWorkingDays: number;
  readonly repeatedReturns: number;

  constructor(config: ConfigService) {
    const statutory = {
      yellowDays: config.getOrThrow<number>('SUPERVISION_YELLOW_DAYS'),
      yellowFraction: config.getOrThrow<number>('SUPERVISION_YELLOW_FRACTION'),
    };
    this.limits = limitRules(statutory, config.get<string>('SUPERVISION_LIMIT_RULES') ?? '');
    this.timeZone = config.getOrThrow<string>('SUPERVISION_TIME_ZONE');
    this.scanMs = config.getOrThrow<number>('SUPERVISION_SCAN_MS');
    this.orderDueWorkingDays = config.getOrThrow<number>('SUPERVISION_ORDER_DUE_WORKING_DAYS');
    this.manualOrderDueWorkingDays = config.getOrThrow<number>('SUPERVISION_MANUAL_ORDER_DUE_WORKING_DAYS');
    this.repeatedReturns = config.getOrThrow<number>('SUPERVISION_REPEATED_RETURNS');
  }
}
