import { Button, Flex, Grid, Table, Typography, type TableColumnsType } from 'antd';
import { WarningLight } from '../../components/WarningLight';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { DEADLINE_LABELS } from './labels';
import type { Light, WarningItem } from './supervisor-api';
import { emptyText } from './bulletin-tables';

const messages = defineMessages({
  'zh-CN': {
    red: '红灯 · 已超期',
    yellow: '黄灯 · 临近期限',
    count: '{n} 件',
    caseNumber: '案件编号 / 警示灯',
    unit: '责任单位',
    due: '期限',
    actions: '操作',
    timeline: '全程记录',
    issue: '督办',
    unassigned: '待（重新）交办',
    empty: '没有{light}案件',
    tableLabel: '{light}案件列表',
  },
  en: {
    red: 'Red · overdue',
    yellow: 'Yellow · deadline near',
    count: '{n} cases',
    caseNumber: 'Case no. / light',
    unit: 'Unit',
    due: 'Deadline',
    actions: 'Actions',
    timeline: 'Timeline',
    issue: 'Supervise',
    unassigned: 'Awaiting (re)assignment',
    empty: 'No {light} cases',
    tableLabel: '{light} cases',
  },
});

const ACCENT: Record<Light, string> = { red: '#cf1322', yellow: '#d48806', green: '#389e0d' };

/** One light's queue: its cases, earliest deadline first, each with the timeline and an order to issue. */
export function LightQueue({
  light,
  items,
  loading,
  onTimeline,
  onIssue,
}: {
  light: 'red' | 'yellow';
  items: WarningItem[];
  loading: boolean;
  onTimeline: (item: WarningItem) => void;
  onIssue: (item: WarningItem) => void;
}) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const heading = t(light);
  const phone = !Grid.useBreakpoint().md;
  const nameOf = (item: WarningItem) => item.caseNumber ?? item.petitionId.slice(0, 8);
  const actions = (item: WarningItem) => (
    <>
      <Button size="small" danger={light === 'red'} onClick={() => onIssue(item)} aria-label={`${t('issue')} ${nameOf(item)}`}>
        {t('issue')}
      </Button>
      <Button size="small" onClick={() => onTimeline(item)} aria-label={`${t('timeline')} ${nameOf(item)}`}>
        {t('timeline')}
      </Button>
    </>
  );
  const columns: TableColumnsType<WarningItem> = [
    {
      title: t('caseNumber'),
      dataIndex: 'caseNumber',
      render: (_v, item) => (
        <Flex vertical align="start" gap={2}>
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => onTimeline(item)}>
            {item.caseNumber ?? item.petitionId.slice(0, 8)}
          </Button>
          <WarningLight light={item.light} />
        </Flex>
      ),
    },
    { title: t('unit'), dataIndex: 'leadUnitName', render: (_v, item) => item.leadUnitName ?? item.leadUnitId ?? t('unassigned') },
    {
      title: t('due'),
      dataIndex: 'dueAt',
      render: (_v, item) => (
        <Flex vertical>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {DEADLINE_LABELS[item.deadline]?.[lang] ?? item.deadline}
          </Typography.Text>
          <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.dueAt, lang)}</span>
        </Flex>
      ),
    },
    {
      title: t('actions'),
      key: 'actions',
      render: (_v, item) => (
        <Flex vertical gap={4}>
          {actions(item)}
        </Flex>
      ),
    },
  ];

  return (
    <section aria-labelledby={`queue-${light}`} data-testid={`queue-${light}`} style={{ background: '#fff', borderRadius: 8, borderTop: `4px solid ${ACCENT[light]}`, padding: 16, height: '100%' }}>
      <Flex justify="space-between" align="baseline" style={{ marginBottom: 12 }}>
        <Typography.Title level={2} id={`queue-${light}`} style={{ fontSize: 18, margin: 0 }}>
          <span aria-hidden="true" style={{ color: ACCENT[light] }}>
            {light === 'red' ? '■ ' : '▲ '}
          </span>
          {heading}
        </Typography.Title>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t('count', { n: items.length })}
        </Typography.Text>
      </Flex>
      {phone ? (
        <ul aria-label={t('tableLabel', { light: heading })} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.length === 0 && <li>{emptyText(t('empty', { light: heading }))}</li>}
          {items.map((item) => (
            <li key={item.petitionId} style={{ borderTop: '1px solid #f0f0f0', padding: '10px 0' }}>
              <Flex justify="space-between" align="center" wrap gap={4}>
                <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => onTimeline(item)}>
                  {nameOf(item)}
                </Button>
                <WarningLight light={item.light} />
              </Flex>
              <div>{item.leadUnitName ?? item.leadUnitId ?? t('unassigned')}</div>
              <Typography.Text type="secondary">
                {DEADLINE_LABELS[item.deadline]?.[lang] ?? item.deadline} {formatDateTime(item.dueAt, lang)}
              </Typography.Text>
              <Flex gap={8} style={{ marginTop: 6 }}>
                {actions(item)}
              </Flex>
            </li>
          ))}
        </ul>
      ) : (
        <Table<WarningItem>
          size="small"
          rowKey="petitionId"
          aria-label={t('tableLabel', { light: heading })}
          columns={columns}
          dataSource={items}
          loading={loading}
          pagination={items.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: emptyText(t('empty', { light: heading })) }}
        />
      )}
    </section>
  );
}
