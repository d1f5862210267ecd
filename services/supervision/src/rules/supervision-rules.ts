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
      yellowDays: Number(config.get('SUPERVISION_YELLOW_DAYS') ?? 3),
      yellowFraction: Number(config.get('SUPERVISION_YELLOW_FRACTION') ?? 0.2),
    };
    this.derivation = { acceptDays: Number(config.get('SUPERVISION_ACCEPT_DAYS') ?? 15) };
    this.timeZone = config.get<string>('SUPERVISION_TIME_ZONE') ?? 'Asia/Shanghai';
  }
}
