import { WarningOutlined } from '@ant-design/icons';
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EscalationReasons } from '@contracts/vocabulary';
import type { ReactNode } from 'react';
import { formatDateTime, formatPercent } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import type { BulletinItem, HotTopic, ListedUnit, OverdueCase, OverdueOrder, UnitFigures } from './supervisor-api';
import { DANGER_TEXT } from './SupervisorTheme';

const messages = defineMessages({
  'zh-CN': {
    caseNumber: '案件编号',
    receivedAt: '登记时间',
    category: '类别',
    unit: '责任单位',
    deadline: '期限',
    escalations: '升级',
    received: '交办',
    finished: '办结',
    onTimeRate: '按期办结率',
    rated: '参评',
    satisfactionRate: '满意率',
    overdue: '超期',
    score: '综合得分',
    daysOverdue: '超期天数',
    dueBy: '反馈期限',
    orderId: '督办单号',
    rank: '排名',
    heat: '热度',
    messages: '件数',
    petitioners: '人数',
    group: '群体性预警',
    none: '无',
    days: '{n} 天',
    more: ' 等 {n} 件',
  },
  en: {
    caseNumber: 'Case no.',
    receivedAt: 'Registered',
    category: 'Category',
    unit: 'Unit',
    deadline: 'Deadline',
    escalations: 'Escalated',
    received: 'Assigned',
    finished: 'Finished',
    onTimeRate: 'On-time rate',
    rated: 'Rated',
    satisfactionRate: 'Satisfaction',
    overdue: 'Overdue',
    score: 'Score',
    daysOverdue: 'Days overdue',
    dueBy: 'Answer by',
    orderId: 'Order no.',
    rank: 'Rank',
    heat: 'Heat',
    messages: 'Petitions',
    petitioners: 'People',
    group: 'Group alert',
    none: 'None',
    days: '{n} d',
    more: ' … ({n} in all)',
  },
});

/** A section of a bulletin: an h2 (or h3) and its content. */
export function Section({ id, title, level = 2, children, extra }: { id: string; title: string; level?: 2 | 3; children: ReactNode; extra?: ReactNode }) {
  return (
    <section style={{ background: '#fff', borderRadius: 8, padding: 16 }}>
      <Typography.Title level={level} id={id} style={{ fontSize: level === 2 ? 18 : 16, marginTop: 0 }}>
        {title}
        {extra}
      </Typography.Title>
      {children}
    </section>
  );
}

/** Empty-table text at full secondary contrast (antd's default grey fails AA). */
export function emptyText(text: string) {
  return <Typography.Text type="secondary">{text}</Typography.Text>;
}

/**
 * A table that may be wider than the screen: the region scrolls and takes focus, so it can be
 * scrolled from the keyboard too (the tables of figures have nothing else to focus).
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </div>
  );
}

const small = { size: 'small' as const, style: { minWidth: 'max-content' } };
const pages = (n: number) => (n > 10 ? { pageSize: 10, size: 'small' as const, showSizeChanger: false } : false);

export function ItemsTable({ items, label }: { items: BulletinItem[]; label: string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const columns: TableColumnsType<BulletinItem> = [
    { title: t('caseNumber'), dataIndex: 'caseNumber', render: (v: string | undefined, i) => v ?? i.petitionId.slice(0, 8) },
    { title: t('receivedAt'), dataIndex: 'receivedAt', render: (v?: string) => formatDateTime(v, lang) },
    { title: t('category'), dataIndex: 'category', render: (v?: string) => v ?? '—' },
    { title: t('unit'), dataIndex: 'unitName', render: (v: string | undefined, i) => v ?? i.unitId ?? '—' },
    { title: t('escalations'), dataIndex: 'escalations', render: (v: string[]) => (v.length ? v.map((e) => <Tag key={e}>{(EscalationReasons.labels as Record<string, { 'zh-CN': string; en: string }>)[e]?.[lang] ?? e}</Tag>) : '—') },
    { title: t('deadline'), dataIndex: 'deadline', render: (v?: string) => formatDateTime(v, lang) },
  ];
  return (
    <TableRegion label={label}>
      <Table<BulletinItem> {...small} locale={{ emptyText: emptyText(t('none')) }} rowKey="petitionId" aria-label={label} columns={columns} dataSource={items} pagination={pages(items.length)} />
    </TableRegion>
  );
}

export function UnitFiguresTable({ units, label }: { units: UnitFigures[]; label: string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const columns: TableColumnsType<UnitFigures> = [
    { title: t('unit'), dataIndex: 'unitName', fixed: 'left' },
    { title: t('received'), dataIndex: 'received', align: 'right' },
    { title: t('finished'), dataIndex: 'finished', align: 'right' },
    { title: t('onTimeRate'), dataIndex: 'onTimeRate', align: 'right', render: (v: number | null) => formatPercent(v, lang) },
    { title: t('rated'), dataIndex: 'rated', align: 'right' },
    { title: t('satisfactionRate'), dataIndex: 'satisfactionRate', align: 'right', render: (v: number | null) => formatPercent(v, lang) },
    { title: t('overdue'), dataIndex: 'overdue', align: 'right', render: (v: number) => (v > 0 ? <Typography.Text strong style={{ color: DANGER_TEXT }}>{v}</Typography.Text> : v) },
    { title: t('score'), dataIndex: 'score', align: 'right', render: (v: number | null) => (v === null ? '—' : v.toFixed(2)) },
  ];
  return (
    <TableRegion label={label}>
      <Table<UnitFigures> {...small} locale={{ emptyText: emptyText(t('none')) }} rowKey="unitId" aria-label={label} columns={columns} dataSource={units} pagination={pages(units.length)} />
    </TableRegion>
  );
}

/** The red or black list (红黑榜): ranked units with their score; the list's name says which. */
export function RankList({ units, tone }: { units: ListedUnit[]; tone: 'red' | 'black' }) {
  const t = useMessages(messages);
  if (units.length === 0) return <Typography.Text type="secondary">{t('none')}</Typography.Text>;
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0, border: '1px solid #f0f0f0', borderRadius: 6 }}>
      {units.map((u, i) => (
        <li key={u.unitId} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '8px 12px', borderTop: i ? '1px solid #f0f0f0' : undefined }}>
          <Tag color={tone === 'red' ? 'error' : undefined} style={tone === 'black' ? { background: '#262626', color: '#fff', borderColor: '#262626' } : undefined}>
            {i + 1}
          </Tag>
          <span style={{ flex: 1 }}>{u.unitName}</span>
          <Typography.Text strong>{u.score.toFixed(2)}</Typography.Text>
        </li>
      ))}
    </ol>
  );
}

export function OverdueCasesTable({ cases, label }: { cases: OverdueCase[]; label: string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const columns: TableColumnsType<OverdueCase> = [
    { title: t('caseNumber'), dataIndex: 'caseNumber', render: (v: string | undefined, c) => v ?? c.petitionId.slice(0, 8) },
    { title: t('unit'), dataIndex: 'unitName' },
    { title: t('deadline'), dataIndex: 'deadline', render: (v: string) => formatDateTime(v, lang) },
    { title: t('daysOverdue'), dataIndex: 'daysOverdue', align: 'right', render: (n: number) => t('days', { n }) },
  ];
  return (
    <TableRegion label={label}>
      <Table<OverdueCase> {...small} locale={{ emptyText: emptyText(t('none')) }} rowKey="petitionId" aria-label={label} columns={columns} dataSource={cases} pagination={pages(cases.length)} />
    </TableRegion>
  );
}

export function UnansweredOrdersTable({ orders, label }: { orders: OverdueOrder[]; label: string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const columns: TableColumnsType<OverdueOrder> = [
    { title: t('orderId'), dataIndex: 'orderId', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { title: t('caseNumber'), dataIndex: 'caseNumber', render: (v?: string) => v ?? '—' },
    { title: t('unit'), dataIndex: 'unitName' },
    { title: t('dueBy'), dataIndex: 'dueBy', render: (v: string) => formatDateTime(v, lang) },
    { title: t('daysOverdue'), dataIndex: 'daysOverdue', align: 'right', render: (n: number) => t('days', { n }) },
  ];
  return (
    <TableRegion label={label}>
      <Table<OverdueOrder> {...small} locale={{ emptyText: emptyText(t('none')) }} rowKey="orderId" aria-label={label} columns={columns} dataSource={orders} pagination={pages(orders.length)} />
    </TableRegion>
  );
}

export function HotTopicsTable({ topics, label, unitName }: { topics: HotTopic[]; label: string; unitName?: (id: string) => string }) {
  const t = useMessages(messages);
  const columns: TableColumnsType<HotTopic> = [
    { title: t('rank'), dataIndex: 'rank', align: 'right', width: 64 },
    { title: t('caseNumber'), dataIndex: 'caseNumbers', render: (v: string[]) => v.slice(0, 2).join('、') + (v.length > 2 ? t('more', { n: v.length }) : '') },
    { title: t('category'), dataIndex: 'category', render: (v?: string) => v ?? '—' },
    { title: t('unit'), dataIndex: 'unitIds', render: (v: string[]) => (v.length ? v.map((id) => unitName?.(id) ?? id).join('、') : '—') },
    { title: t('messages'), dataIndex: 'messages', align: 'right' },
    { title: t('petitioners'), dataIndex: 'petitioners', align: 'right' },
    { title: t('heat'), dataIndex: 'heat', align: 'right', render: (v: number) => v.toFixed(2) },
    {
      title: t('group'),
      dataIndex: 'groupAlert',
      render: (v: HotTopic['groupAlert']) => (v ? <Tag color="error" icon={<WarningOutlined />}>{t('group')} · {v.petitioners}</Tag> : '—'),
    },
  ];
  return (
    <TableRegion label={label}>
      <Table<HotTopic> {...small} locale={{ emptyText: emptyText(t('none')) }} rowKey="matterId" aria-label={label} columns={columns} dataSource={topics} pagination={pages(topics.length)} />
    </TableRegion>
  );
}
