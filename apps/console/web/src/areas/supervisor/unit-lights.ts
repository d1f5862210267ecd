import type { WarningItem } from './supervisor-api';

export interface UnitLights {
  unitId: string;
  unitName: string;
  open: number;
  red: number;
  yellow: number;
  green: number;
}

/** Open cases per lead unit by light (12345 style: open and overdue side by side), most red first. */
export function lightsByUnit(items: readonly WarningItem[], unassigned: string): UnitLights[] {
  const units = new Map<string, UnitLights>();
  for (const item of items) {
    const id = item.leadUnitId ?? '';
    let row = units.get(id);
    if (!row) {
      row = { unitId: id, unitName: item.leadUnitName ?? item.leadUnitId ?? unassigned, open: 0, red: 0, yellow: 0, green: 0 };
      units.set(id, row);
    }
    row.open += 1;
    row[item.light] += 1;
  }
  return [...units.values()].sort((a, b) => b.red - a.red || b.yellow - a.yellow || b.open - a.open || a.unitName.localeCompare(b.unitName, 'zh-CN'));
}

/** A stacked bar chart of the lights per unit (the biggest first, at most `max`). */
export function lightsChartOption(rows: readonly UnitLights[], names: { red: string; yellow: string; green: string }, max = 12) {
  const shown = rows.slice(0, max).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => r.unitName), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [
      { name: names.red, type: 'bar', stack: 'lights', data: shown.map((r) => r.red), itemStyle: { color: '#cf1322' } },
      { name: names.yellow, type: 'bar', stack: 'lights', data: shown.map((r) => r.yellow), itemStyle: { color: '#faad14', decal: { symbol: 'triangle' } } },
      { name: names.green, type: 'bar', stack: 'lights', data: shown.map((r) => r.green), itemStyle: { color: '#52c41a' } },
    ],
  };
}
