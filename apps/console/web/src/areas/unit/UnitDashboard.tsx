import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { WarningLights } from '@contracts/vocabulary';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { Chart } from '../../components/Chart';
import { Freshness } from '../../components/Freshness';
import { ProblemAlert } from '../../components/ProblemAlert';
import { WarningLight } from '../../components/WarningLight';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { SimpleList } from './SimpleList';
import { UnitTheme } from './UnitTheme';
import { currentDeadline, openOrders, toRows, useNow } from './case-clock';
import { CASE_STATUS_LABELS } from './labels';
import { casePath, CASE_STATUSES, POLL_MS, useCases, useDueVisits } from './unit-api';

const messages = defineMessages({
  'zh-CN': {
    heading: '本单位案件',
    byLight: '按预警灯',
    byStatus: '按状态',
    none: '不计时',
    lightChart: '本单位案件按预警灯分布：{summary}',
    statusChart: '本单位案件按状态分布：{summary}',
    week: '本周到期（7 天内及已超期）',
    noWeek: '7 天内没有到期的事项',
    orders: '未回复的督办单',
    noOrders: '没有未回复的督办单',
    accept: '受理期限',
    handle: '办理期限',
    visit: '回访期限',
    overdue: '已超期',
    orderDue: '限 {at} 前回复',
    cases: '件',
  },
  en: {
    heading: "Your unit's cases",
    byLight: 'By light',
    byStatus: 'By status',
    none: 'No clock',
    lightChart: 'Cases by warning light: {summary}',
    statusChart: 'Cases by status: {summary}',
    week: 'Due within 7 days (and overdue)',
    noWeek: 'Nothing due within 7 days',
    orders: 'Open supervision orders',
    noOrders: 'No open orders',
    accept: 'Accept by',
    handle: 'Handle by',
    visit: 'Visit by',
    overdue: 'Overdue',
    orderDue: 'Answer by {at}',
    cases: 'cases',
  },
});

const LIGHT_COLORS: Record<string, string> = { red: '#cf1322', yellow: '#d48806', green: '#389e0d', none: '#8c8c8c' };
const WEEK_MS = 7 * 86_400_000;

function Heading({ id, children }: { id: string; children: string }) {
  return (
    <Typography.Title level={3} id={id} style={{ fontSize: 15, marginTop: 0 }}>
      {children}
    </Typography.Title>
  );
}

/** The unit's numbers on 工作概览: cases by light and by status, what falls due this week, open orders. */
export default function UnitDashboard() {
  const t = useMessages(messages);
  const { session } = useSession();
  const cases = useCases();
  const visits = useDueVisits();
  const now = useNow();
  const { lang } = useLang();
  const rows = useMemo(() => toRows(cases.data, visits.data?.items, session?.unitId, new Date(now)), [cases.data, visits.data, session?.unitId, now]);

  const lightCounts = useMemo(
    () =>
      ['red', 'yellow', 'green', 'none'].map((light) => ({
        light,
        name: light === 'none' ? t('none') : WarningLights.labels[light as 'red'][lang],
        value: rows.filter((r) => (r.light ?? 'none') === light).length,
      })),
    [rows, lang, t],
  );
  const statusCounts = useMemo(
    () => CASE_STATUSES.map((s) => ({ name: CASE_STATUS_LABELS[s][lang], value: rows.filter((r) => r.c.status === s).length })).filter((x) => x.value > 0),
    [rows, lang],
  );

  const week = rows
    .flatMap((r) => {
      const out: { key: string; caseNumber: string; petitionId: string; subject: string; what: string; at: string }[] = [];
      const deadline = currentDeadline(r.c);
      if (deadline && r.lead) out.push({ key: `${r.c.petitionId}-d`, caseNumber: r.c.caseNumber, petitionId: r.c.petitionId, subject: r.c.subject, what: r.c.status === 'assigned' ? t('accept') : t('handle'), at: deadline });
      if (r.visitDue) out.push({ key: `${r.c.petitionId}-v`, caseNumber: r.c.caseNumber, petitionId: r.c.petitionId, subject: r.c.subject, what: t('visit'), at: r.visitDue.dueBy });
      return out;
    })
    .filter((x) => Date.parse(x.at) - now <= WEEK_MS)
    .sort((a, b) => a.at.localeCompare(b.at));
  const orders = rows.flatMap((r) => openOrders(r.c).map((o) => ({ ...o, c: r.c })));

  const summary = (items: { name: string; value: number }[]) => items.map((x) => `${x.name} ${x.value}`).join('，');
  const lightOption = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '68%'],
          label: { formatter: '{b}\n{c}' },
          data: lightCounts.filter((x) => x.value > 0).map((x) => ({ name: x.name, value: x.value, itemStyle: { color: LIGHT_COLORS[x.light] } })),
        },
      ],
    }),
    [lightCounts],
  );
  const statusOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: statusCounts.map((x) => x.name), inverse: true },
      series: [{ type: 'bar', data: statusCounts.map((x) => x.value), itemStyle: { color: '#1d4ed8' }, barMaxWidth: 28, label: { show: true, position: 'right' } }],
    }),
    [statusCounts],
  );

  return (
    <UnitTheme>
      <Card size="small">
        <section aria-labelledby="unit-dash-heading">
          <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
            <Typography.Title level={2} id="unit-dash-heading" style={{ fontSize: 18, margin: 0 }}>
              {t('heading')}
            </Typography.Title>
            <Freshness updatedAt={cases.dataUpdatedAt} fetching={cases.isFetching} intervalMs={POLL_MS} onRefresh={() => void cases.refetch()} />
          </Space>
          <ProblemAlert error={cases.error} style={{ marginTop: 8 }} />
          <Row gutter={[16, 16]} style={{ marginTop: 12 }}>
            <Col xs={24} md={12}>
              <section aria-labelledby="unit-dash-light">
                <Heading id="unit-dash-light">{t('byLight')}</Heading>
                <Chart option={lightOption} height={240} label={t('lightChart', { summary: summary(lightCounts) })} />
              </section>
            </Col>
            <Col xs={24} md={12}>
              <section aria-labelledby="unit-dash-status">
                <Heading id="unit-dash-status">{t('byStatus')}</Heading>
                <Chart option={statusOption} height={240} label={t('statusChart', { summary: summary(statusCounts) })} />
              </section>
            </Col>
            <Col xs={24} md={12}>
              <section aria-labelledby="unit-dash-week">
                <Heading id="unit-dash-week">{t('week')}</Heading>
                <SimpleList
                  border
                  items={week}
                  rowKey={(x) => x.key}
                  empty={<Typography.Text type="secondary">{t('noWeek')}</Typography.Text>}
                  render={(x) => (
                    <Space wrap size={4}>
                        <Link to={casePath(x.petitionId)}>{x.caseNumber}</Link>
                        <span>{x.subject}</span>
                        <Typography.Text type="secondary">
                          {x.what} {formatDateTime(x.at, lang)}
                        </Typography.Text>
                        {Date.parse(x.at) < now && <Tag color="error">{t('overdue')}</Tag>}
                      </Space>
                  )}
                />
              </section>
            </Col>
            <Col xs={24} md={12}>
              <section aria-labelledby="unit-dash-orders">
                <Heading id="unit-dash-orders">{t('orders')}</Heading>
                <SimpleList
                  border
                  items={orders}
                  rowKey={(o) => o.orderId}
                  empty={<Typography.Text type="secondary">{t('noOrders')}</Typography.Text>}
                  render={(o) => (
                    <Space wrap size={4}>
                        <Link to={casePath(o.c.petitionId)}>{o.c.caseNumber}</Link>
                        <span>{o.orderId}</span>
                        <Typography.Text type="secondary">{t('orderDue', { at: formatDateTime(o.dueBy, lang) })}</Typography.Text>
                        {o.overdue && <Tag color="error">{t('overdue')}</Tag>}
                        <WarningLight light={rows.find((r) => r.c.petitionId === o.c.petitionId)?.light} />
                      </Space>
                  )}
                />
              </section>
            </Col>
          </Row>
        </section>
      </Card>
    </UnitTheme>
  );
}
