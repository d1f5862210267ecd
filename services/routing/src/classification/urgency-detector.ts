import { getHolidaysInRange, getDayDetail } from 'chinese-days';
import { normalizeText } from '../text/normalize-text';

/** Why a petition may need a leader at once (重大、紧急, MISSION 1.2). */
export type UrgencySignal = 'self-harm' | 'gathering' | 'safety-hazard' | 'wage-arrears' | 'holiday-near';

export interface UrgencyDecision {
  urgent: boolean;
  signals: UrgencySignal[];
  /** Cue words found, per signal. */
  cues: Partial<Record<UrgencySignal, string[]>>;
  /** The public holiday that is near, when `holiday-near` is set (e.g. "春节"). */
  holiday?: string;
}

const CUES: { signal: Exclude<UrgencySignal, 'holiday-near'>; pattern: RegExp }[] = [
  { signal: 'self-harm', pattern: /跳楼|跳河|自杀|轻生|不想活|活不下去|寻死|喝农药|服毒|割腕|以死相逼|同归于尽|自焚/g },
  { signal: 'gathering', pattern: /聚集|集体上访|上访|堵路|拦路|堵门|拉横幅|打横幅|静坐|游行|围堵|群体性|集体去|几十人|上百人/g },
  { signal: 'safety-hazard', pattern: /坍塌|垮塌|塌方|火灾|着火|起火|燃气泄漏|煤气泄漏|漏气|燃气味|爆炸|危房|倒塌|开裂严重|触电|漏电|掉落|脱落|溺水|决堤|滑坡|泥石流/g },
  { signal: 'wage-arrears', pattern: /欠薪|拖欠工资|拖欠.{0,6}工资|工资.{0,4}(?:拖欠|没发|未发|不发|拿不到)|讨薪|农民工工资|血汗钱/g },
];

/** Days before a holiday during which wage arrears are escalated (年关/节前 清欠). */
const HOLIDAY_LOOKAHEAD_DAYS = 30;

function isoDate(date: Date): string {
  // chinese-days speaks local calendar dates in China (UTC+8).
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The next public holiday within `days` of `at` (chinese-days calendar), if any. */
export function holidayWithin(at: Date, days: number): string | undefined {
  const from = isoDate(at);
  const to = isoDate(new Date(at.getTime() + days * 86_400_000));
  try {
    for (const day of getHolidaysInRange(from, to, false)) {
      const name = getDayDetail(day).name.split(',')[1];
      if (name) return name;
    }
  } catch {
    return undefined; // outside the calendar's years
  }
  return undefined;
}

/**
 * Urgency signals by cue words: threats of self-harm, gatherings, safety hazards, wage arrears
 * — the last made urgent near a public holiday (especially 春节), when unpaid workers
 * travel home and arrears turn into gatherings.
 */
export function detectUrgency(input: { subject?: string; text: string; receivedAt: Date | string }): UrgencyDecision {
  const text = normalizeText(`${input.subject ?? ''}。${input.text}`);
  const signals: UrgencySignal[] = [];
  const cues: UrgencyDecision['cues'] = {};
  for (const { signal, pattern } of CUES) {
    const found = text.match(pattern);
    if (found) {
      signals.push(signal);
      cues[signal] = [...new Set(found)];
    }
  }
  let holiday: string | undefined;
  if (signals.includes('wage-arrears')) {
    holiday = holidayWithin(new Date(input.receivedAt), HOLIDAY_LOOKAHEAD_DAYS);
    if (holiday || /过年|年关|春节|中秋|国庆/.test(text)) signals.push('holiday-near');
  }
  const urgent = signals.some((s) => s === 'self-harm' || s === 'gathering' || s === 'safety-hazard' || s === 'holiday-near');
  return holiday ? { urgent, signals, cues, holiday } : { urgent, signals, cues };
}
