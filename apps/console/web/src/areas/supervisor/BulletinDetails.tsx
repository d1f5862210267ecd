import { Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { Chart } from '../../components/Chart';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { HotTopicsTable, ItemsTable, OverdueCasesTable, RankList, Section, UnansweredOrdersTable, UnitFiguresTable } from './bulletin-tables';
import type { Bulletin, UnitFigures, Volume } from './supervisor-api';

const messages = defineMessages({
  'zh-CN': {
    awaiting: '待批示、待交办',
    urgent: '新增紧急、重大、群体性事项',
    turnedRed: '今日亮红灯',
    units: '各单位办理情况',
    unitsChart: '各单位办结、超期件数与满意率图',
    finished: '办结',
    overdue: '超期',
    satisfaction: '满意率（%）',
    ranks: '红黑榜',
    redList: '红榜（前五）',
    blackList: '黑榜（后五）',
    overdueCases: '超期未办结案件',
    unansweredOrders: '逾期未反馈的督办单',
    months: '逐月受理与办结',
    monthsChart: '本季度逐月受理与办结件数折线图',
    received: '受理',
    replied: '办结',
    volumes: '内容分类与环比',
    volumesChart: '本季度各类别件数与上季度对比条形图',
    thisPeriod: '本季度',
    previous: '上季度',
    hotTopics: '热点问题',
    groupIssues: '群体性苗头：预警事项 {alerts} 个，升级为群体性的信访 {group} 件',
    inspection: '联合督查报告',
  },
  en: {
    awaiting: 'Awaiting instruction or assignment',
    urgent: 'New urgent, major and group matters',
    turnedRed: 'Turned red today',
    units: 'Units',
    unitsChart: 'Chart of each unit’s finished and overdue cases and satisfaction rate',
    finished: 'Finished',
    overdue: 'Overdue',
    satisfaction: 'Satisfaction (%)',
    ranks: 'Red and black lists',
    redList: 'Red list (best)',
    blackList: 'Black list (worst)',
    overdueCases: 'Overdue cases',
    unansweredOrders: 'Orders overdue and unanswered',
    months: 'Received and finished by month',
    monthsChart: 'Line chart of petitions received and finished per month of the quarter',
    received: 'Received',
    replied: 'Finished',
    volumes: 'Categories against the previous quarter',
    volumesChart: 'Bar chart of petitions per category this quarter and the previous one',
    thisPeriod: 'This quarter',
    previous: 'Previous quarter',
    hotTopics: 'Hot topics',
    groupIssues: 'Group signs: {alerts} matters with a group alert, {group} petitions escalated as group',
    inspection: 'Joint inspection report',
  },
});

type T = ReturnType<typeof useMessages<keyof (typeof messages)['zh-CN']>>;

function unitsOption(units: UnitFigures[], t: T) {
  const shown = [...units].sort((a, b) => b.finished + b.overdue - (a.finished + a.overdue)).slice(0, 15);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: shown.map((u) => u.unitName), axisLabel: { interval: 0, rotate: shown.length > 5 ? 30 : 0, width: 90, overflow: 'truncate' } },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { name: t('finished'), type: 'bar', data: shown.map((u) => u.finished), itemStyle: { color: '#1d4ed8' } },
      { name: t('overdue'), type: 'bar', data: shown.map((u) => u.overdue), itemStyle: { color: '#cf1322' } },
      { name: t('satisfaction'), type: 'line', yAxisIndex: 1, symbol: 'diamond', symbolSize: 10, data: shown.map((u) => (u.satisfactionRate === null ? null : Math.round(u.satisfactionRate * 1000) / 10)), itemStyle: { color: '#389e0d' } },
    ],
  };
}

function volumesOption(volumes: Volume[], t: T) {
  const shown = volumes.slice(0, 12);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: shown.map((v) => v.label), axisLabel: { interval: 0, rotate: shown.length > 5 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('thisPeriod'), type: 'bar', data: shown.map((v) => v.count), itemStyle: { color: '#1d4ed8' } },
      { name: t('previous'), type: 'bar', data: shown.map((v) => v.previous), itemStyle: { color: '#8c8c8c' } },
    ],
  };
}

function RedBlack({ bulletin, t }: { bulletin: Bulletin; t: T }) {
  return (
    <Section id="bl-ranks" title={t('ranks')}>
      <Row gutter={[16, 16]}>
        {(['red', 'black'] as const).map((tone) => (
          <Col key={tone} xs={24} md={12}>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              {tone === 'red' ? t('redList') : t('blackList')}
            </Typography.Title>
            <RankList units={(tone === 'red' ? bulletin.redList : bulletin.blackList) ?? []} tone={tone} />
          </Col>
        ))}
      </Row>
    </Section>
  );
}

function UnitsSection({ units, t }: { units: UnitFigures[]; t: T }) {
  const option = useMemo(() => unitsOption(units, t), [units, t]);
  return (
    <Section id="bl-units" title={t('units')}>
      {units.length > 0 && <Chart option={option} height={300} label={t('unitsChart')} />}
      <UnitFiguresTable units={units} label={t('units')} />
    </Section>
  );
}

/** The parts of a bulletin its kind has: the daily lists, the monthly units and lists, the quarterly analysis. */
export function BulletinDetails({ bulletin, unitName }: { bulletin: Bulletin; unitName: (id: string) => string }) {
  const t = useMessages(messages);
  const monthsOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: (bulletin.months ?? []).map((m) => m.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('received'), type: 'line', symbol: 'circle', data: (bulletin.months ?? []).map((m) => m.received), itemStyle: { color: '#1d4ed8' } },
        { name: t('replied'), type: 'line', symbol: 'rect', data: (bulletin.months ?? []).map((m) => m.replied), itemStyle: { color: '#389e0d' } },
      ],
    }),
    [bulletin.months, t],
  );
  const categoryOption = useMemo(() => volumesOption(bulletin.volumes?.category ?? [], t), [bulletin.volumes, t]);

  if (bulletin.kind === 'daily') {
    return (
      <>
        <Section id="bl-awaiting" title={t('awaiting')}>
          <ItemsTable items={bulletin.awaitingInstruction ?? []} label={t('awaiting')} />
        </Section>
        <Section id="bl-urgent" title={t('urgent')}>
          <ItemsTable items={bulletin.urgentAndGroup ?? []} label={t('urgent')} />
        </Section>
        <Section id="bl-red-today" title={t('turnedRed')}>
          <ItemsTable items={bulletin.turnedRed ?? []} label={t('turnedRed')} />
        </Section>
      </>
    );
  }

  const common = (
    <>
      <UnitsSection units={bulletin.units ?? []} t={t} />
      <RedBlack bulletin={bulletin} t={t} />
      {bulletin.kind === 'monthly' && (
        <Section id="bl-overdue" title={t('overdueCases')}>
          <OverdueCasesTable cases={bulletin.overdueCases ?? []} label={t('overdueCases')} />
        </Section>
      )}
      <Section id="bl-orders" title={t('unansweredOrders')}>
        <UnansweredOrdersTable orders={bulletin.unansweredOrders ?? []} label={t('unansweredOrders')} />
      </Section>
    </>
  );
  if (bulletin.kind === 'monthly') return common;

  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Section id="bl-months" title={t('months')}>
            <Chart option={monthsOption} height={260} label={t('monthsChart')} />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section id="bl-volumes" title={t('volumes')}>
            <Chart option={categoryOption} height={260} label={t('volumesChart')} />
          </Section>
        </Col>
      </Row>
      {common}
      <Section id="bl-hot" title={t('hotTopics')}>
        <Typography.Paragraph>{t('groupIssues', { alerts: bulletin.groupIssues?.alerts.length ?? 0, group: bulletin.groupIssues?.escalatedGroup ?? 0 })}</Typography.Paragraph>
        <HotTopicsTable topics={bulletin.hotTopics ?? []} label={t('hotTopics')} unitName={unitName} />
      </Section>
      {bulletin.inspection && (
        <Section id="bl-inspection" title={`${t('inspection')} · ${bulletin.inspection.title}`}>
          {bulletin.inspection.sections.map((s) => (
            <div key={s.heading}>
              <Typography.Title level={3} style={{ fontSize: 15 }}>
                {s.heading}
              </Typography.Title>
              {s.paragraphs.map((p, i) => (
                <Typography.Paragraph key={i}>{p}</Typography.Paragraph>
              ))}
            </div>
          ))}
        </Section>
      )}
    </>
  );
}
