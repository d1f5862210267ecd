import { WarningLights } from '@sunshine/contracts';
import type { WarningDto } from './dto/warning.response.dto';
import { warningLight, yellowFrom, type CaseClock, type LightRule } from './warning-light';

/** The light of a clock at `now`, as the API shows it. */
export function warningView(clock: CaseClock | undefined, now: Date, rule: LightRule): WarningDto {
  const light = warningLight(clock, now, rule);
  if (!clock || !light) return { light: null };
  const yellow = yellowFrom(clock, rule);
  return {
    light,
    lightLabel: WarningLights.label(light),
    deadline: clock.deadline,
    dueAt: clock.dueAt,
    ...(yellow ? { yellowFrom: yellow.toISOString() } : {}),
    ...(clock.stoppedAt ? { stoppedAt: clock.stoppedAt } : {}),
  };
}
