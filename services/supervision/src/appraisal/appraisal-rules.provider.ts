import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DEFAULT_APPRAISAL_CONFIG, parseAppraisalConfig, type AppraisalConfig } from './appraisal-config';

/**
 * The appraisal configuration in force: the file `SUPERVISION_APPRAISAL_CONFIG` names (checked at
 * start; a bad file stops the service), else the built-in defaults (`config/appraisal.default.json`).
 */
@Injectable()
export class AppraisalRules {
  readonly config: AppraisalConfig;
  readonly timeZone: string;

  constructor(config: ConfigService) {
    const path = config.get<string>('SUPERVISION_APPRAISAL_CONFIG');
    this.config = path ? parseAppraisalConfig(JSON.parse(readFileSync(path, 'utf8')) as unknown) : DEFAULT_APPRAISAL_CONFIG;
    this.timeZone = config.getOrThrow<string>('SUPERVISION_TIME_ZONE');
  }
}
