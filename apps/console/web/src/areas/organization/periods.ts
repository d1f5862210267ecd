import { TIME_ZONE } from '../../i18n/format';
import type { Lang } from '../../i18n/i18n';

/** A quarter (`2026-Q4`) or a year (`2026`), as the appraisal API names its periods. */
export type Period = string;

export const PERIOD_PATTERN = /^20\d{2}(-Q[1-4])?$/;

/** The quarter running now in the district (Asia/Shanghai), whatever the browser's zone. */
export function currentQuarter(now: Date = new Date()): Period {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric' }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function isQuarter(period: Period): boolean {
  return period.includes('-Q');
}

/** The period before: `2026-Q1` → `2025-Q4`, `2026` → `2025`. */
export function previousPeriod(period: Period): Period {
  const [year, quarter] = period.split('-Q').map(Number);
  if (!quarter) return String(year - 1);
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/** `count` periods ending with `period`, oldest first. */
export function periodsUpTo(period: Period, count: number): Period[] {
  const list = [period];
  while (list.length < count) list.unshift(previousPeriod(list[0]));
  return list;
}

/** `2026-Q4` → 2026年第四季度 / Q4 2026; `2026` → 2026年度 / Year 2026. */
export function periodLabel(period: Period, lang: Lang): string {
  const [year, quarter] = period.split('-Q');
  if (lang === 'en') return quarter ? `Q${quarter} ${year}` : `Year ${year}`;
  return quarter ? `${year}年第${'一二三四'[Number(quarter) - 1]}季度` : `${year}年度`;
}

/** A short axis label: 2026Q4 / 2026. */
export function periodShort(period: Period): string {
  return period.replace('-', '');
}

/** What the period picker offers: the last three years' quarters (newest first) and the years. */
export function periodChoices(now: Date = new Date()): { quarters: Period[]; years: Period[] } {
  const current = currentQuarter(now);
  const quarters = periodsUpTo(current, 12).reverse();
  const year = Number(current.slice(0, 4));
  return { quarters, years: [year, year - 1, year - 2].map(String) };
}
