/**
 * The handling warning light (警示灯) rule lives in the contracts library since handling shows it
 * too (a leader's own cases); supervision keeps importing it from here.
 */
export { DAY_MS, DEFAULT_LIGHT_RULE, warningLight, yellowFrom, type CaseClock, type DeadlineKind, type LightRule } from '@sunshine/contracts';
