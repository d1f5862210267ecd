import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { hasRole, useSession } from '../../auth/session';
import { Chart } from '../../components/Chart';
import { Freshness } from '../../components/Freshness';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatPercent } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { lightsRingOption, satisfactionOption } from './dashboard-charts';
import { currentPeriod } from './periods';
import { SupervisorTheme } from './SupervisorTheme';
import { POLL_MS, useBulletin, useOrders, useWarnings } from './supervisor-api';
import { lightsByUnit, lightsChartOption } from './unit-lights';

const messages = defineMessages({
  'zh-CN': {
    heading: '督查概览',
    open: '在办案件',
    overdue: '超期（红灯）',
    near: '临期（黄灯）',
    satisfaction: '本月满意率',
    ordersOpen: '督办单待反馈',
    ordersOverdue: '其中逾期 {n} 件',
    ratedOf: '本月参评 {n} 件',
    ring: '在办与超期',
    ringLabel: '在办案件按警示灯分布的环形图：红灯 {red} 件，黄灯 {yellow} 件，绿灯 {green} 件',
    byUnit: '各单位警示灯',
    byUnitLabel: '各单位在办案件按警示灯分布的条形图',
    red: '红灯',
    yellow: '黄灯',
    green: '绿灯',
    unitSatisfaction: '本月各单位满意率',
    unitSatisfactionLabel: '本月各单位满意率条形图',
    unitLine: '{unit}：参评 {rated} 件，满意 {satisfied} 件，满意率 {rate}',
    noRatings: '本月尚无评价',
    noOpen: '暂无在办案件',
    toQueues: '进入督查督办',
    unassigned: '待交办',
    rateName: '满意率',
  },
  en: {
    heading: 'Supervision overview',
    open: 'Open cases',
    overdue: 'Overdue (red)',
    near: 'Near deadline (yellow)',
    satisfaction: 'Satisfaction this month',
    ordersOpen: 'Orders awaiting answer',
    ordersOverdue: '{n} of them overdue',
    ratedOf: '{n} rated this month',
    ring: 'Open and overdue',
    ringLabel: 'Ring chart of open cases by light: {red} red, {yellow} yellow, {green} green',
    byUnit: 'Lights by unit',
    byUnitLabel: 'Bar chart of each unit’s open cases by warning light',
    red: 'Red',
    yellow: 'Yellow',
    green: 'Green',
    unitSatisfaction: 'Satisfaction by unit this month',
    unitSatisfactionLabel: 'Bar chart of each unit’s satisfaction rate this month',
    unitLine: '{unit}: {rated} rated, {satisfied} satisfied, satisfaction {rate}',
    noRatings: 'No ratings yet this month',
    noOpen: 'No open cases',
    toQueues: 'Open the supervision queues',
    unassigned: 'Awaiting assignment',
    rateName: 'Satisfaction',
  },
});

const card = { background: '#fff', borderRadius: 8, padding: 16, height: '100%' } as const;

/** The supervisor's numbers on everyone's dashboard: open against overdue, lights by unit, satisfaction, orders. */
export default function SupervisorDashboard() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const { session } = useSession();
  const readsWarnings = hasRole(session, 'supervisor', 'joint-office');
  const readsOffice = hasRole(session, 'supervisor');
  const warnings = useWarnings(readsWarnings);
  const openOrders = useOrders('open', undefined, readsOffice);
  const overdueOrders = useOrders('overdue', undefined, readsOffice);
  const month = currentPeriod('monthly');
  const bulletin = useBulletin('monthly', month, readsOffice);

  const items = useMemo(() => warnings.data?.items ?? [], [warnings.data]);
  const counts = useMemo(() => ({ red: items.filter((i) => i.light === 'red').length, yellow: items.filter((i) => i.light === 'yellow').length, green: items.filter((i) => i.light === 'green').length }), [items]);
  const names = useMemo(() => ({ red: t('red'), yellow: t('yellow'), green: t('green') }), [t]);
  const ring = useMemo(() => lightsRingOption(counts, names), [counts, names]);
  const units = useMemo(() => lightsByUnit(items, t('unassigned')), [items, t]);
  const byUnit = useMemo(() => lightsChartOption(units, names, 8), [units, names]);
  const rated = useMemo(() => (bulletin.data?.bulletin.units ?? []).filter((u) => u.rated > 0), [bulletin.data]);
  const satisfaction = useMemo(() => satisfactionOption(rated, t('rateName')), [rated, t]);
  const totals = bulletin.data?.bulletin.totals;
  const ordersOverdue = overdueOrders.data?.total ?? 0;

  const stats = [
    readsWarnings && { key: 'open', title: t('open'), value: String(items.length), color: '#1d4ed8' },
    readsWarnings && { key: 'red', title: t('overdue'), value: String(counts.red), color: '#cf1322' },
    readsWarnings && { key: 'yellow', title: t('near'), value: String(counts.yellow), color: '#ad6800' },
    readsOffice && { key: 'satisfaction', title: t('satisfaction'), value: formatPercent(totals?.satisfactionRate, lang), color: '#389e0d', note: t('ratedOf', { n: totals?.rated ?? 0 }) },
    readsOffice && { key: 'orders', title: t('ordersOpen'), value: String((openOrders.data?.total ?? 0) + ordersOverdue), color: '#0b2a6f', note: t('ordersOverdue', { n: ordersOverdue }) },
  ].filter((s): s is { key: string; title: string; value: string; color: string; note?: string } => !!s);

  return (
    <SupervisorTheme>
    <section aria-labelledby="supervisor-overview" data-testid="supervisor-dashboard">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={2} id="supervisor-overview" style={{ fontSize: 18, margin: 0 }}>
          {t('heading')}
        </Typography.Title>
        <Flex gap={12} align="center" wrap>
          {readsWarnings && <Freshness updatedAt={warnings.dataUpdatedAt} fetching={warnings.isFetching} intervalMs={POLL_MS} onRefresh={() => void warnings.refetch()} />}
          {readsOffice && <Link to="/staff/supervisor">{t('toQueues')}</Link>}
        </Flex>
      </Flex>
      <Flex vertical gap={16}>
        <ProblemAlert error={warnings.error ?? bulletin.error ?? openOrders.error} />
        <Row gutter={[12, 12]}>
          {stats.map((s) => (
            <Col key={s.key} flex="1 1 170px">
              <Card size="small" style={{ borderTop: `3px solid ${s.color}`, height: '100%' }}>
                <Statistic title={s.title} value={s.value} styles={{ content: { color: s.color, fontWeight: 600 } }} />
                {s.note && <Typography.Text type="secondary">{s.note}</Typography.Text>}
              </Card>
            </Col>
          ))}
        </Row>
        {readsWarnings && (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={9}>
              <div style={card}>
                <Typography.Title level={3} style={{ fontSize: 16, marginTop: 0 }}>
                  {t('ring')}
                </Typography.Title>
                {items.length > 0 ? <Chart option={ring} height={240} label={t('ringLabel', counts)} /> : <Typography.Text type="secondary">{t('noOpen')}</Typography.Text>}
              </div>
            </Col>
            <Col xs={24} lg={15}>
              <div style={card}>
                <Typography.Title level={3} style={{ fontSize: 16, marginTop: 0 }}>
                  {t('byUnit')}
                </Typography.Title>
                {units.length > 0 ? <Chart option={byUnit} height={Math.max(200, Math.min(units.length, 8) * 30 + 60)} label={t('byUnitLabel')} /> : <Typography.Text type="secondary">{t('noOpen')}</Typography.Text>}
              </div>
            </Col>
          </Row>
        )}
        {readsOffice && (
          <div style={card}>
            <Typography.Title level={3} style={{ fontSize: 16, marginTop: 0 }}>
              {t('unitSatisfaction')} · {month}
            </Typography.Title>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={14}>
                {rated.length > 0 ? <Chart option={satisfaction} height={Math.max(160, Math.min(rated.length, 12) * 30 + 40)} label={t('unitSatisfactionLabel')} /> : <Typography.Text type="secondary">{t('noRatings')}</Typography.Text>}
              </Col>
              <Col xs={24} lg={10}>
                {rated.length === 0 ? (
                  <Typography.Text type="secondary">{t('noRatings')}</Typography.Text>
                ) : (
                  <ul data-testid="unit-satisfaction" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                    {rated.map((u) => (
                      <li key={u.unitId} data-testid="unit-satisfaction-row" data-unit-id={u.unitId} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
                        {t('unitLine', { unit: u.unitName, rated: u.rated, satisfied: u.satisfied, rate: formatPercent(u.satisfactionRate, lang) })}
                      </li>
                    ))}
                  </ul>
                )}
              </Col>
            </Row>
          </div>
        )}
      </Flex>
    </section>
    </SupervisorTheme>
  );
}
