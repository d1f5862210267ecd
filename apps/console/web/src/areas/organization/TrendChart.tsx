import { Alert, Skeleton } from 'antd';
import { useMemo } from 'react';
import { Chart } from '../../components/Chart';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { useAppraisals } from './organization-api';
import { periodLabel, periodShort, periodsUpTo, type Period } from './periods';

const messages = defineMessages({
  'zh-CN': {
    average: '平均分',
    label: '{from}至{to}各单位考核得分趋势：{summary}',
    none: '所选期间及此前各期暂无考核数据。',
    unitLine: '{unit} {scores}',
  },
  en: {
    average: 'Average',
    label: 'Appraisal scores per unit from {from} to {to}: {summary}',
    none: 'No appraisal figures for these periods yet.',
    unitLine: '{unit} {scores}',
  },
});

/** How many units get their own line; the rest are in the average. */
const MAX_UNITS = 8;

/** Scores over the last periods (quarters or years) up to `period`: the average and the units with most cases. */
export function TrendChart({ period, count = 4, height = 300 }: { period: Period; count?: number; height?: number }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const periods = useMemo(() => periodsUpTo(period, count), [period, count]);
  const { data, pending: loading, error } = useAppraisals(periods);

  const option = useMemo(() => {
    const units = new Map<string, { name: string; cases: number }>();
    for (const a of data) for (const u of a?.units ?? []) units.set(u.unitId, { name: u.unitName, cases: (units.get(u.unitId)?.cases ?? 0) + u.cases });
    const shown = [...units.entries()].sort((a, b) => b[1].cases - a[1].cases).slice(0, MAX_UNITS);
    const average = data.map((a) => (a?.units.length ? Math.round((a.units.reduce((s, u) => s + u.score, 0) / a.units.length) * 10) / 10 : null));
    const series = [
      { name: t('average'), type: 'line', data: average, lineStyle: { width: 3, type: 'dashed' }, symbol: 'diamond', symbolSize: 10, connectNulls: true },
      ...shown.map(([unitId, { name }]) => ({
        name,
        type: 'line',
        symbolSize: 7,
        connectNulls: true,
        data: data.map((a) => a?.units.find((u) => u.unitId === unitId)?.score ?? null),
      })),
    ];
    return {
      color: ['#0b2a6f', '#1d4ed8', '#389e0d', '#d4380d', '#722ed1', '#08979c', '#c41d7f', '#ad6800', '#595959'],
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 40, right: 16, top: 48, bottom: 28 },
      xAxis: { type: 'category', data: periods.map(periodShort) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series,
      empty: shown.length === 0,
      summary: [t('average'), ...shown.map(([, u]) => u.name)]
        .map((name, i) => t('unitLine', { unit: name, scores: (series[i].data as (number | null)[]).map((v) => (v === null ? '—' : v)).join(' → ') }))
        .join('；'),
    };
  }, [data, periods, t]);

  if (error) return <ProblemAlert error={error} />;
  if (loading) return <Skeleton active paragraph={{ rows: 5 }} />;
  const { empty, summary, ...chart } = option;
  if (empty) return <Alert type="info" showIcon title={t('none')} />;
  return <Chart option={chart} height={height} label={t('label', { from: periodLabel(periods[0], lang), to: periodLabel(periods[periods.length - 1], lang), summary })} />;
}
