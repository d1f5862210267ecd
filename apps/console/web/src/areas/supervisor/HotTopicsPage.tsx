import { Alert, DatePicker, Flex, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Chart } from '../../components/Chart';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { HotTopicsTable, Section } from './bulletin-tables';
import { endOfLocalDay, startOfLocalDay } from './periods';
import { useHotTopics, useUnitCatalogue, type HotTopic } from './supervisor-api';

const messages = defineMessages({
  'zh-CN': {
    title: '热点问题',
    subtitle: '同一事项的信访按热度指数排名；7 日内 5 人以上为群体性预警',
    range: '统计时段',
    start: '开始日期',
    end: '结束日期',
    window: '{from} 至 {to}',
    chartHeading: '热度排名',
    chart: '热点事项热度指数条形图（前 10 位）',
    listHeading: '热点事项列表',
    heat: '热度指数',
    alerts: '本时段有 {n} 个事项出现群体性预警，请关注。',
    noAlerts: '本时段未发现群体性苗头。',
    empty: '本时段没有信访事项',
  },
  en: {
    title: 'Hot topics',
    subtitle: 'Same-matter petitions ranked by the heat index; five or more people within 7 days is a group alert',
    range: 'Window',
    start: 'Start date',
    end: 'End date',
    window: '{from} to {to}',
    chartHeading: 'Ranked by heat',
    chart: 'Bar chart of the heat index of the top 10 matters',
    listHeading: 'Matters',
    heat: 'Heat index',
    alerts: '{n} matters carry a group alert in this window.',
    noAlerts: 'No group signs in this window.',
    empty: 'No petitions in this window',
  },
});

function topicName(topic: HotTopic): string {
  return `${topic.caseNumbers[0] ?? topic.matterId.slice(0, 8)}${topic.category ? ` · ${topic.category}` : ''}`;
}

/** Hot topics and group early warning (热点难点、群体性苗头): a bar chart to look at and the list. */
export function HotTopicsPage() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const from = range ? startOfLocalDay(range[0]) : undefined;
  const to = range ? endOfLocalDay(range[1]) : undefined;
  const topics = useHotTopics(from, to, 50);
  const catalogue = useUnitCatalogue();
  const list = useMemo(() => topics.data?.topics ?? [], [topics.data]);

  const option = useMemo(() => {
    const top = list.slice(0, 10).reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: top.map(topicName), axisLabel: { width: 160, overflow: 'truncate' } },
      series: [
        {
          name: t('heat'),
          type: 'bar',
          data: top.map((tp) => ({ value: tp.heat, itemStyle: { color: tp.groupAlert ? '#cf1322' : '#1d4ed8' } })),
          label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => value.toFixed(2) },
        },
      ],
    };
  }, [list, t]);

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={t('subtitle')}
        extra={<Freshness updatedAt={topics.dataUpdatedAt} fetching={topics.isFetching} intervalMs={60_000} onRefresh={() => void topics.refetch()} />}
      />
      <Flex vertical gap={16}>
        <Flex gap={8} wrap align="center" style={{ background: '#fff', borderRadius: 8, padding: 16 }}>
          <Typography.Text id="hot-range">{t('range')}</Typography.Text>
          <DatePicker.RangePicker
            aria-labelledby="hot-range"
            id={{ start: 'hot-from', end: 'hot-to' }}
            placeholder={[t('start'), t('end')]}
            value={range}
            onChange={(value) => setRange(value && value[0] && value[1] ? [value[0], value[1]] : null)}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
          {topics.data && (
            <Typography.Text type="secondary">{t('window', { from: formatDate(topics.data.from, lang), to: formatDate(topics.data.to, lang) })}</Typography.Text>
          )}
        </Flex>
        <ProblemAlert error={topics.error} />
        {topics.data && (
          <Alert
            type={topics.data.groupAlerts > 0 ? 'warning' : 'info'}
            showIcon
            title={topics.data.groupAlerts > 0 ? t('alerts', { n: topics.data.groupAlerts }) : t('noAlerts')}
          />
        )}
        <Section id="hot-chart" title={t('chartHeading')}>
          {list.length > 0 ? <Chart option={option} height={Math.max(220, Math.min(list.length, 10) * 34 + 40)} label={t('chart')} /> : <Typography.Text type="secondary">{t('empty')}</Typography.Text>}
        </Section>
        <Section id="hot-list" title={t('listHeading')}>
          <HotTopicsTable topics={list} label={t('listHeading')} unitName={catalogue.name} />
        </Section>
      </Flex>
    </>
  );
}
