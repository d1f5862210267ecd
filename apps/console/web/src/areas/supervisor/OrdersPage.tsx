import { Button, Flex, Segmented, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { ORDER_STATUS_COLORS, ORDER_STATUS_LABELS, reasonLabel } from './labels';
import { POLL_MS, useOrders, useUnitCatalogue, type OrderStatus, type SupervisionOrder } from './supervisor-api';
import { TimelineDrawer } from './TimelineDrawer';
import { emptyText } from './bulletin-tables';
import { DANGER_TEXT } from './SupervisorTheme';

const messages = defineMessages({
  'zh-CN': {
    title: '督办单',
    subtitle: '人工和自动发出的督办单，最新在前；状态随时间实时计算',
    status: '状态',
    all: '全部',
    unit: '责任单位',
    allUnits: '全部单位',
    caseNumber: '案件编号 / 督办单号',
    reason: '督办事由',
    issuedAt: '发出时间',
    dueBy: '反馈期限',
    answered: '反馈情况',
    answeredAt: '{time} 反馈',
    late: '逾期反馈',
    notAnswered: '未反馈',
    automatic: '自动',
    manual: '人工',
    table: '督办单列表',
    empty: '没有符合条件的督办单',
    total: '共 {n} 件',
  },
  en: {
    title: 'Supervision orders',
    subtitle: 'Manual and automatic orders, newest first; statuses computed as time passes',
    status: 'Status',
    all: 'All',
    unit: 'Unit',
    allUnits: 'All units',
    caseNumber: 'Case no. / order no.',
    reason: 'Reason',
    issuedAt: 'Issued',
    dueBy: 'Answer by',
    answered: 'Answer',
    answeredAt: 'answered {time}',
    late: 'answered late',
    notAnswered: 'not answered',
    automatic: 'automatic',
    manual: 'manual',
    table: 'Supervision orders',
    empty: 'No orders match',
    total: '{n} orders',
  },
});

/** Every supervision order with its status now: open, answered (late or not), overdue. */
export function OrdersPage() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [status, setStatus] = useState<OrderStatus | 'all'>('all');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [timelineOf, setTimelineOf] = useState<string | null>(null);
  const orders = useOrders(status === 'all' ? undefined : status, unitId);
  const catalogue = useUnitCatalogue();
  const items = orders.data?.items ?? [];

  const columns: TableColumnsType<SupervisionOrder> = [
    {
      title: t('caseNumber'),
      dataIndex: 'caseNumber',
      render: (caseNumber: string, order) => (
        <Flex vertical align="start">
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setTimelineOf(order.petitionId)}>
            {caseNumber}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} title={order.orderId}>
            {order.orderId.length > 16 ? `${order.orderId.slice(0, 15)}…` : order.orderId}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('unit'), dataIndex: 'unitId', render: (id: string) => catalogue.name(id) },
    {
      title: t('reason'),
      dataIndex: 'reasonCode',
      render: (code: string, order) => (
        <Flex vertical>
          <span>
            {reasonLabel(code, lang)} <Tag style={{ marginInlineStart: 4 }}>{order.automatic ? t('automatic') : t('manual')}</Tag>
          </span>
          {order.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 280 }} ellipsis={{ tooltip: order.note }}>
              {order.note}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('issuedAt'), dataIndex: 'issuedAt', responsive: ['lg'], render: (iso: string) => formatDateTime(iso, lang) },
    { title: t('dueBy'), dataIndex: 'dueBy', render: (iso: string, order) => <Typography.Text style={order.overdue ? { color: DANGER_TEXT } : undefined}>{formatDateTime(iso, lang)}</Typography.Text> },
    {
      title: t('status'),
      dataIndex: 'status',
      render: (value: OrderStatus) => <Tag color={ORDER_STATUS_COLORS[value]}>{ORDER_STATUS_LABELS[value]?.[lang] ?? value}</Tag>,
    },
    {
      title: t('answered'),
      dataIndex: 'answeredAt',
      render: (iso: string | undefined, order) =>
        iso ? (
          <Flex vertical>
            <span>
              {t('answeredAt', { time: formatDateTime(iso, lang) })}
              {order.answeredLate && <Tag color="warning" style={{ marginInlineStart: 4 }}>{t('late')}</Tag>}
            </span>
            {order.answer && (
              <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 280 }} ellipsis={{ tooltip: order.answer }}>
                {order.answer}
              </Typography.Text>
            )}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('notAnswered')}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={t('subtitle')}
        extra={<Freshness updatedAt={orders.dataUpdatedAt} fetching={orders.isFetching} intervalMs={POLL_MS} onRefresh={() => void orders.refetch()} />}
      />
      <Flex vertical gap={16} style={{ background: '#fff', borderRadius: 8, padding: 16 }}>
        <Flex gap={16} wrap align="center">
          <Flex gap={8} align="center" wrap>
            <Typography.Text id="orders-status">{t('status')}</Typography.Text>
            <Segmented<OrderStatus | 'all'>
              aria-labelledby="orders-status"
              value={status}
              onChange={setStatus}
              options={[
                { value: 'all', label: t('all') },
                ...(['open', 'overdue', 'answered'] as const).map((s) => ({ value: s, label: ORDER_STATUS_LABELS[s][lang] })),
              ]}
            />
          </Flex>
          <Flex gap={8} align="center">
            <label htmlFor="orders-unit">{t('unit')}</label>
            <Select
              id="orders-unit"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('allUnits')}
              style={{ minWidth: 220 }}
              value={unitId}
              onChange={(value?: string) => setUnitId(value)}
              options={catalogue.units.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Flex>
          <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
            {t('total', { n: orders.data?.total ?? 0 })}
          </Typography.Text>
        </Flex>
        <ProblemAlert error={orders.error} />
        <Table<SupervisionOrder>
          size="middle"
          rowKey="orderId"
          aria-label={t('table')}
          columns={columns}
          dataSource={items}
          loading={orders.isLoading}
          pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: emptyText(t('empty')) }}
        />
      </Flex>
      <TimelineDrawer petitionId={timelineOf} onClose={() => setTimelineOf(null)} />
    </>
  );
}
