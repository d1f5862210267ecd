import type { LightRule } from '@sunshine/contracts';
import type { LimitKind, LimitRules } from './case-lights';

/** Yellow rule of the limits that are not the statutory ones, unless configured: 1 day / 20 %. */
export const DEFAULT_OTHER_LIMIT_RULE: LightRule = { yellowDays: 1, yellowFraction: 0.2 };

/**
 * The yellow rule of each limit: accept-by and handle-by follow the warning light's settings
 * (SUPERVISION_YELLOW_DAYS / _FRACTION: 3 days / 20 %); the others (a promise, a return visit, an
 * order's due date, mostly days rather than months) 1 day / 20 %. `spec` overrides any of them:
 * `kind=days:fraction,…` (SUPERVISION_LIMIT_RULES).
 */
export function limitRules(statutory: LightRule, spec = ''): LimitRules {
  const rules: LimitRules = {
    'accept-by': statutory,
    'handle-by': statutory,
    'promised-by': DEFAULT_OTHER_LIMIT_RULE,
    'visit-by': DEFAULT_OTHER_LIMIT_RULE,
    'order-due-by': DEFAULT_OTHER_LIMIT_RULE,
  };
  for (const part of spec.split(',').filter(Boolean)) {
    const [kind, rule] = part.split('=');
    const [days, fraction] = rule.split(':').map(Number);
    if (!(kind in rules) || !Number.isFinite(days) || !Number.isFinite(fraction)) throw new Error(`invalid limit rule "${part}"`);
    rules[kind as LimitKind] = { yellowDays: days, yellowFraction: fraction };
  }
  return rules;
}
