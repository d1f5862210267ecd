import { Card, Col, Flex, Row, Select, Statistic } from 'antd';
import { useMemo, useState } from 'react';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { IssueOrderModal, type OrderTarget } from './IssueOrderModal';
import { LightQueue } from './LightQueue';
import { POLL_MS, useOrders, useWarnings, type WarningItem } from './supervisor-api';
import { TimelineDrawer } from './TimelineDrawer';
import { lightsByUnit } from './unit-lights';
import { UnitLightsSection } from './UnitLightsSection';

const messages = defineMessages({
  'zh-CN': {
    title: '督查督办',
    subtitle: '红黄灯案件实时队列：查看办理全程记录，对超期和临期案件发出督办',
    open: '在办案件',
    red: '红灯 · 已超期',
    yellow: '黄灯 · 临近期限',
    orders: '督办单 · 逾期未反馈',
    unit: '责任单位',
    allUnits: '全部单位',
    unassigned: '待交办',
  },
  en: {
    title: 'Supervision',
    subtitle: 'Live queues of red and yellow cases: read the timeline, issue orders on overdue and near-deadline cases',
    open: 'Open cases',
    red: 'Red · overdue',
    yellow: 'Yellow · deadline near',
    orders: 'Orders · overdue, unanswered',
    unit: 'Unit',
    allUnits: 'All units',
    unassigned: 'Awaiting assignment',
  },
});

/** The supervision office's queues (督查室): red and yellow side by side, per unit, polled. */
export function QueuesPage() {
  const t = useMessages(messages);
  const warnings = useWarnings();
  const overdueOrders = useOrders('overdue');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [timelineOf, setTimelineOf] = useState<string | null>(null);
  const [orderFor, setOrderFor] = useState<OrderTarget | null>(null);

  const items = useMemo(() => warnings.data?.items ?? [], [warnings.data]);
  const units = useMemo(() => lightsByUnit(items, t('unassigned')), [items, t]);
  const shown = unitId ? items.filter((i) => i.leadUnitId === unitId) : items;
  const red = shown.filter((i) => i.light === 'red');
  const yellow = shown.filter((i) => i.light === 'yellow');
  const issue = (item: WarningItem) => setOrderFor({ petitionId: item.petitionId, caseNumber: item.caseNumber, unitName: item.leadUnitName ?? item.leadUnitId });

  const stats = [
    { key: 'open', title: t('open'), value: shown.length, color: '#1d4ed8' },
    { key: 'red', title: t('red'), value: red.length, color: '#cf1322' },
    { key: 'yellow', title: t('yellow'), value: yellow.length, color: '#ad6800' },
    { key: 'orders', title: t('orders'), value: (overdueOrders.data?.items ?? []).filter((o) => !unitId || o.unitId === unitId).length, color: '#cf1322' },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={t('subtitle')}
        extra={<Freshness updatedAt={warnings.dataUpdatedAt} fetching={warnings.isFetching} intervalMs={POLL_MS} onRefresh={() => void warnings.refetch()} />}
      />
      <Flex vertical gap={16}>
        <ProblemAlert error={warnings.error} />
        <Flex gap={8} align="center" wrap>
          <label htmlFor="queue-unit">{t('unit')}</label>
          <Select
            id="queue-unit"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('allUnits')}
            style={{ minWidth: 240 }}
            value={unitId}
            onChange={(value?: string) => setUnitId(value)}
            options={units.filter((u) => u.unitId).map((u) => ({ value: u.unitId, label: u.unitName }))}
          />
        </Flex>
        <Row gutter={[16, 16]}>
          {stats.map((s) => (
            <Col key={s.key} xs={12} md={6}>
              <Card size="small" style={{ borderTop: `3px solid ${s.color}` }}>
                <Statistic title={s.title} value={s.value} loading={warnings.isLoading} styles={{ content: { color: s.color, fontWeight: 600 } }} />
              </Card>
            </Col>
          ))}
        </Row>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <LightQueue light="red" items={red} loading={warnings.isLoading} onTimeline={(i) => setTimelineOf(i.petitionId)} onIssue={issue} />
          </Col>
          <Col xs={24} xl={12}>
            <LightQueue light="yellow" items={yellow} loading={warnings.isLoading} onTimeline={(i) => setTimelineOf(i.petitionId)} onIssue={issue} />
          </Col>
        </Row>
        <UnitLightsSection rows={units} loading={warnings.isLoading} onPick={setUnitId} />
      </Flex>
      <TimelineDrawer petitionId={timelineOf} onClose={() => setTimelineOf(null)} onIssue={setOrderFor} />
      <IssueOrderModal target={orderFor} onClose={() => setOrderFor(null)} />
    </>
  );
}
