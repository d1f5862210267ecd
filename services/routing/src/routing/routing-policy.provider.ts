import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { DeadlineRules } from '../deadlines/statutory-deadlines';
import type { InstructionPolicy } from '../instructions/instruction-policy';

/** Routing's policies from the validated configuration: the deadline rules and who instructs what. */
@Injectable()
export class RoutingPolicy {
  readonly deadlines: DeadlineRules;
  readonly instructionPolicy: InstructionPolicy;
  readonly minConfidence: number;

  constructor(config: ConfigService) {
    this.deadlines = {
      acceptDays: config.getOrThrow<number>('ROUTING_ACCEPT_DAYS'),
      handleDays: config.getOrThrow<number>('ROUTING_HANDLE_DAYS'),
      returnWorkingDays: config.getOrThrow<number>('ROUTING_RETURN_WORKING_DAYS'),
      timeZone: config.getOrThrow<string>('ROUTING_TIME_ZONE'),
    };
    this.instructionPolicy = config.getOrThrow<InstructionPolicy>('ROUTING_INSTRUCTION_POLICY');
    this.minConfidence = config.getOrThrow<number>('ROUTING_MIN_CONFIDENCE');
  }
}
