import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { DerivationRules } from '../timeline/case-state';
import type { LightRule } from '../warning-light/warning-light';

/** The configured rules of supervision (see config.ts), read once. */
@Injectable()
export class SupervisionRules {
  readonly light: LightRule;
  readonly derivation: DerivationRules;
  readonly timeZone: string;

  constructor(config: ConfigService) {
    this.light = {
      yellowDays: config.getOrThrow<number>('SUPERVISION_YELLOW_DAYS'),
      yellowFraction: config.getOrThrow<number>('SUPERVISION_YELLOW_FRACTION'),
    };
    this.derivation = { acceptDays: config.getOrThrow<number>('SUPERVISION_ACCEPT_DAYS') };
    this.timeZone = config.getOrThrow<string>('SUPERVISION_TIME_ZONE');
  }
}
