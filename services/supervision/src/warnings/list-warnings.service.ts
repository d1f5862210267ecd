import { Injectable } from '@nestjs/common';
import { WarningLights, type WarningLight } from '@sunshine/contracts';
import { unitScope, type Principal } from '@sunshine/auth';
import { Clock } from '@sunshine/platform';
import { SupervisionRules } from '../rules/supervision-rules.provider';
import { TimelineRepository } from '../timeline/timeline.repository';
import { warningLight } from '../warning-light/warning-light';
import type { ListWarningsQuery } from './dto/list-warnings.request.dto';
import type { WarningsResponseDto } from './dto/warnings.response.dto';

const ORDER: Record<WarningLight, number> = { red: 0, yellow: 1, green: 2 };

/** Open cases by warning light now (警示灯一览), for the supervision office's daily round. */
@Injectable()
export class ListWarningsService {
  constructor(
    private readonly timelines: TimelineRepository,
    private readonly rules: SupervisionRules,
    private readonly clock: Clock,
  ) {}

  async list(query: ListWarningsQuery, principal: Principal): Promise<WarningsResponseDto> {
    const now = this.clock.now();
    const items: WarningsResponseDto['items'] = [];
    for (const { _id, case: state } of await this.timelines.openCases(unitScope(principal), query.unitId)) {
      const light = state ? warningLight(state.clock, now, this.rules.light) : null;
      if (!state?.clock || !light || (query.light && light !== query.light)) continue;
      items.push({
        petitionId: _id,
        ...(state.caseNumber ? { caseNumber: state.caseNumber } : {}),
        status: state.status,
        ...(state.leadUnitId ? { leadUnitId: state.leadUnitId } : {}),
        ...(state.leadUnitName ? { leadUnitName: state.leadUnitName } : {}),
        light,
        lightLabel: WarningLights.label(light),
        deadline: state.clock.deadline,
        dueAt: state.clock.dueAt,
      });
    }
    items.sort((a, b) => ORDER[a.light as WarningLight] - ORDER[b.light as WarningLight] || a.dueAt.localeCompare(b.dueAt) || a.petitionId.localeCompare(b.petitionId));
    return { asOf: now.toISOString(), total: items.length, items: items.slice(0, query.limit ?? 100) };
  }
}
