import type { UnitFigures } from './supervisor-api';

/** Open cases by light as a ring: how much of the load is overdue or close to it. */
export function lightsRingOption(counts: { red: number; yellow: number; green: number }, names: { red: string; yellow: string; green: string }) {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        center: ['50%', '45%'],
        label: { formatter: '{c}' },
        data: [
          { name: names.red, value: counts.red, itemStyle: { color: '#cf1322' } },
          { name: names.yellow, value: counts.yellow, itemStyle: { color: '#faad14', decal: { symbol: 'triangle' } } },
          { name: names.green, value: counts.green, itemStyle: { color: '#52c41a' } },
        ].filter((slice) => slice.value > 0),
      },
    ],
  };
}

/** Satisfaction rate per unit (rated this month), lowest first so the weak ones stand out. */
export function satisfactionOption(units: readonly UnitFigures[], name: string) {
  const shown = [...units].sort((a, b) => (b.satisfactionRate ?? 0) - (a.satisfactionRate ?? 0)).slice(0, 12).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: shown.map((u) => u.unitName), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [
      {
        name,
        type: 'bar',
        data: shown.map((u) => {
          const value = Math.round((u.satisfactionRate ?? 0) * 1000) / 10;
          return { value, itemStyle: { color: value >= 80 ? '#389e0d' : '#cf1322' } };
        }),
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
}
