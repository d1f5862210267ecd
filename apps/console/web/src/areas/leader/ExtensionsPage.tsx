import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Grid, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { ExtensionDecisionModal, type ExtensionDecision } from './ExtensionDecisionModal';
import { LIST_INTERVAL_MS, useExtensionRequests, useLeaderCases, useLeaders, type ExtensionRequestLine, type ExtensionStatusFilter } from './leader-api';
import { daysUntil, EXTENSION_STATUSES } from './leader-labels';
import { useNow } from './use-now';

const messages = defineMessages({
  'zh-CN': {
    title: '延期审批',
    subtitle: '承办单位申请延长办理期限（一次，最长 30 日），由领导审批',
    filter: '按审批状态筛选',
    pending: '待审批',
    approved: '已同意',
    refused: '未同意',
    all: '全部',
    table: '延期申请列表',
    matter: '案件',
    mine: '我包案',
    unit: '主办单位',
    days: '申请天数',
    daysValue: '{n} 天',
    reason: '申请理由',
    requestedAt: '申请时间',
    handleBy: '现办结期限',
    left: '剩 {n} 天',
    overdue: '已超期 {n} 天',
    status: '状态',
    decidedBy: '审批人：{who}',
    actions: '审批',
    approve: '同意',
    refuse: '不同意',
    empty: '暂无延期申请',
  },
  en: {
    title: 'Extension approvals',
    subtitle: 'Units ask for more time to conclude a case (once, at most 30 days); a leader decides',
    filter: 'Filter by decision',
    pending: 'Pending',
    approved: 'Approved',
    refused: 'Refused',
    all: 'All',
    table: 'Extension requests',
    matter: 'Case',
    mine: 'My case',
    unit: 'Lead unit',
    days: 'Days asked',
    daysValue: '{n} d',
    reason: 'Reason',
    requestedAt: 'Requested',
    handleBy: 'Conclude by now',
    left: '{n} d left',
    overdue: '{n} d overdue',
    status: 'Status',
    decidedBy: 'Decided by {who}',
    actions: 'Decision',
    approve: 'Approve',
    refuse: 'Refuse',
    empty: 'No extension requests',
  },
});

/** 延期审批: the units' extension requests, approved or refused with a comment; polled. */
export default function ExtensionsPage() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const now = useNow(60_000);
  const [status, setStatus] = useState<ExtensionStatusFilter>('pending');
  const requests = useExtensionRequests(status);
  const myCases = useLeaderCases();
  const leaders = useLeaders();
  const leaderName = (id: string) => leaders.data?.find((l) => l.id === id)?.name ?? id;
  const [decision, setDecision] = useState<ExtensionDecision>(null);
  const screens = Grid.useBreakpoint();
  const mine = useMemo(() => new Set((myCases.data ?? []).map((c) => c.petitionId)), [myCases.data]);
  const items = useMemo(() => [...(requests.data ?? [])].sort((a, b) => a.handleBy.localeCompare(b.handleBy)), [requests.data]);

  const matter = (line: ExtensionRequestLine) => (
    <Space orientation="vertical" size={0}>
      <Typography.Text strong>{line.subject}</Typography.Text>
      <Space size={4} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {line.caseNumber}
        </Typography.Text>
        {mine.has(line.petitionId) && <Tag color="blue">{t('mine')}</Tag>}
      </Space>
    </Space>
  );

  const deadline = (line: ExtensionRequestLine) => {
    const days = daysUntil(line.handleBy, now);
    return (
      <Space orientation="vertical" size={0}>
        <span>{formatDate(line.handleBy, lang)}</span>
        {line.status === 'pending' && (
          <Typography.Text type={days < 0 ? 'danger' : days <= 3 ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
            {days < 0 ? t('overdue', { n: -days }) : t('left', { n: days })}
          </Typography.Text>
        )}
      </Space>
    );
  };

  const decisionCell = (line: ExtensionRequestLine) =>
    line.status === 'pending' ? (
      <Space size={4} wrap>
        <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setDecision({ line, approve: true })} aria-label={`${t('approve')} ${line.caseNumber}`}>
          {t('approve')}
        </Button>
        <Button size="small" danger icon={<CloseOutlined />} onClick={() => setDecision({ line, approve: false })} aria-label={`${t('refuse')} ${line.caseNumber}`}>
          {t('refuse')}
        </Button>
      </Space>
    ) : (
      <Space orientation="vertical" size={0}>
        <Tag color={line.status === 'approved' ? 'success' : 'error'} icon={line.status === 'approved' ? <CheckOutlined /> : <CloseOutlined />}>
          {EXTENSION_STATUSES[line.status]?.[lang] ?? line.status}
        </Tag>
        {line.decidedBy && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('decidedBy', { who: leaderName(line.decidedBy) })}
          </Typography.Text>
        )}
      </Space>
    );

  const reason = (text: string) => (
    <Typography.Paragraph ellipsis={{ rows: 2, expandable: 'collapsible' }} style={{ margin: 0, maxWidth: 320 }}>
      {text}
    </Typography.Paragraph>
  );

  // On a phone each request is a card rather than a table scrolling sideways.
  const card = (line: ExtensionRequestLine) => (
    <Card size="small">
      {matter(line)}
      <Flex gap={16} wrap style={{ margin: '8px 0' }}>
        <div>
          <Typography.Text type="secondary">{t('days')}：</Typography.Text>
          <Typography.Text strong>{t('daysValue', { n: line.days })}</Typography.Text>
        </div>
        <div>
          <Typography.Text type="secondary">{t('handleBy')}：</Typography.Text>
          {deadline(line)}
        </div>
      </Flex>
      <Typography.Text type="secondary">{t('reason')}：</Typography.Text>
      {reason(line.reason)}
      <div style={{ marginTop: 8 }}>{decisionCell(line)}</div>
    </Card>
  );

  const columns: TableColumnsType<ExtensionRequestLine> = [
    { key: 'matter', title: t('matter'), render: (_, line) => matter(line) },
    { key: 'unit', title: t('unit'), dataIndex: 'leadUnitName', responsive: ['md'] },
    { key: 'days', title: t('days'), render: (_, line) => <Typography.Text strong>{t('daysValue', { n: line.days })}</Typography.Text> },
    { key: 'reason', title: t('reason'), dataIndex: 'reason', render: (text: string) => reason(text) },
    { key: 'requestedAt', title: t('requestedAt'), render: (_, line) => formatDateTime(line.requestedAt, lang), responsive: ['lg'] },
    { key: 'handleBy', title: t('handleBy'), render: (_, line) => deadline(line) },
    { key: 'actions', title: status === 'pending' ? t('actions') : t('status'), render: (_, line) => decisionCell(line) },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={t('subtitle')}
        extra={<Freshness updatedAt={requests.dataUpdatedAt} fetching={requests.isFetching} intervalMs={LIST_INTERVAL_MS} onRefresh={() => void requests.refetch()} />}
      />
      <Flex style={{ marginBottom: 12 }}>
        <Segmented<ExtensionStatusFilter>
          aria-label={t('filter')}
          value={status}
          onChange={setStatus}
          options={(['pending', 'approved', 'refused', 'all'] as const).map((value) => ({ value, label: t(value) }))}
        />
      </Flex>
      <ProblemAlert error={requests.error} style={{ marginBottom: 12 }} />
      {!screens.md ? (
        items.length === 0 ? (
          <Empty description={requests.isLoading ? '…' : t('empty')} />
        ) : (
          <ul aria-label={t('table')} data-testid="extension-requests" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
            {items.map((line) => (
              <li key={line.requestId}>{card(line)}</li>
            ))}
          </ul>
        )
      ) : (
        <Table<ExtensionRequestLine>
          data-testid="extension-requests"
          aria-label={t('table')}
          rowKey="requestId"
          size="middle"
          loading={requests.isLoading}
          columns={columns}
          dataSource={items}
          pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('empty')}</Typography.Text> }}
        />
      )}
      <ExtensionDecisionModal decision={decision} onClose={() => setDecision(null)} />
    </>
  );
}
