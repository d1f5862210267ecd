import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Key } from 'react';
import { Link, useNavigate } from 'react-router';
import { WarningLight } from '../../components/WarningLight';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { lightRank, useNow, type CaseRow } from './case-clock';
import { StatusTag, useVocab } from './labels';
import { casePath } from './unit-api';

const messages = defineMessages({
  'zh-CN': {
    table: '本单位案件列表',
    caseNumber: '案件编号',
    subject: '主题',
    kind: '类型',
    status: '状态',
    light: '预警',
    acceptBy: '受理期限',
    handleBy: '办理期限',
    visitBy: '回访期限',
    orderBy: '督办期限',
    assisting: '协办',
    overdue: '已超期',
    empty: '没有符合条件的案件',
    select: '选择 {n}',
    selectColumn: '选择',
  },
  en: {
    table: "The unit's cases",
    caseNumber: 'Case number',
    subject: 'Subject',
    kind: 'Kind',
    status: 'Status',
    light: 'Light',
    acceptBy: 'Accept by',
    handleBy: 'Handle by',
    visitBy: 'Visit by',
    orderBy: 'Order due',
    assisting: 'Assisting',
    overdue: 'Overdue',
    empty: 'No cases match',
    select: 'Select {n}',
    selectColumn: 'Select',
  },
});

const time = (iso?: string) => (iso ? Date.parse(iso) : Number.POSITIVE_INFINITY);

/** A due time, with 已超期 in words (not colour alone) when the clock it belongs to has run out. */
function Due({ iso, running, lang, overdueText, now }: { iso?: string; running: boolean; lang: 'zh-CN' | 'en'; overdueText: string; now: number }) {
  if (!iso) return <Typography.Text type="secondary">—</Typography.Text>;
  const late = running && Date.parse(iso) < now;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(iso, lang)}
      {late && (
        <Tag color="error" style={{ marginInlineStart: 4 }}>
          {overdueText}
        </Tag>
      )}
    </span>
  );
}

/** The workbench table: each case with its light and due times, sortable; the case number opens it. */
export function CaseTable({
  rows,
  loading,
  selected,
  onSelect,
}: {
  rows: CaseRow[];
  loading: boolean;
  selected: Key[];
  onSelect(keys: Key[]): void;
}) {
  const t = useMessages(messages);
  const v = useVocab();
  const navigate = useNavigate();
  const lang = v.lang;
  const now = useNow();

  const columns: TableColumnsType<CaseRow> = [
    {
      title: t('caseNumber'),
      key: 'caseNumber',
      width: 150,
      sorter: (a, b) => a.c.caseNumber.localeCompare(b.c.caseNumber),
      render: (_, r) => (
        <Link to={casePath(r.c.petitionId)} onClick={(e) => e.stopPropagation()} data-testid="case-link">
          {r.c.caseNumber}
        </Link>
      ),
    },
    {
      title: t('subject'),
      key: 'subject',
      width: 200,
      ellipsis: true,
      render: (_, r) => (
        <>
          {!r.lead && <Tag>{t('assisting')}</Tag>}
          {r.c.subject}
        </>
      ),
    },
    { title: t('kind'), key: 'kind', width: 90, render: (_, r) => v.kind(r.c.kind), sorter: (a, b) => a.c.kind.localeCompare(b.c.kind) },
    { title: t('status'), key: 'status', width: 120, render: (_, r) => <StatusTag status={r.c.status} />, sorter: (a, b) => a.c.status.localeCompare(b.c.status) },
    {
      title: t('light'),
      key: 'light',
      width: 130,
      render: (_, r) => <WarningLight light={r.light} />,
      sorter: (a, b) => lightRank(a.light) - lightRank(b.light),
      defaultSortOrder: 'descend',
    },
    {
      title: t('acceptBy'),
      key: 'acceptBy',
      width: 150,
      render: (_, r) => <Due iso={r.c.acceptBy} running={r.c.status === 'assigned'} lang={lang} overdueText={t('overdue')} now={now} />,
      sorter: (a, b) => time(a.c.acceptBy) - time(b.c.acceptBy),
    },
    {
      title: t('handleBy'),
      key: 'handleBy',
      width: 150,
      render: (_, r) => (
        <Due iso={r.c.status === 'assigned' ? undefined : r.c.handleBy} running={r.c.status === 'accepted' || r.c.status === 'reopened'} lang={lang} overdueText={t('overdue')} now={now} />
      ),
      sorter: (a, b) => time(a.c.handleBy) - time(b.c.handleBy),
    },
    {
      title: t('visitBy'),
      key: 'visitBy',
      width: 150,
      render: (_, r) => <Due iso={r.visitDue?.dueBy} running lang={lang} overdueText={t('overdue')} now={now} />,
      sorter: (a, b) => time(a.visitDue?.dueBy) - time(b.visitDue?.dueBy),
    },
    {
      title: t('orderBy'),
      key: 'orderBy',
      width: 150,
      render: (_, r) => <Due iso={r.orderDue} running lang={lang} overdueText={t('overdue')} now={now} />,
      sorter: (a, b) => time(a.orderDue) - time(b.orderDue),
    },
  ];

  return (
    <Table<CaseRow>
      data-testid="case-table"
      aria-label={t('table')}
      rowKey={(r) => r.c.petitionId}
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 1250 }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (n) => (lang === 'en' ? `${n} cases` : `共 ${n} 件`) }}
      locale={{ emptyText: <Typography.Text type="secondary">{t('empty')}</Typography.Text> }}
      rowSelection={{
        // No select-all checkbox in the header: antd copies header cells into an aria-hidden measuring
        // row when the table scrolls sideways, where a checkbox would be focusable but hidden. The
        // workbench has its own 「全选待受理」 button instead.
        columnTitle: <span className="visually-hidden">{t('selectColumn')}</span>,
        selectedRowKeys: selected,
        onChange: onSelect,
        getCheckboxProps: (r) => ({ disabled: !(r.lead && r.c.status === 'assigned'), 'aria-label': t('select', { n: r.c.caseNumber }) }),
      }}
      onRow={(r) => ({
        // The case number is the link (keyboard); a click elsewhere on the row opens it too, except on the checkbox.
        onClick: (e) => {
          if ((e.target as HTMLElement).closest('.ant-table-selection-column, a, button, label')) return;
          void navigate(casePath(r.c.petitionId));
        },
        style: { cursor: 'pointer' },
      })}
    />
  );
}
