import { Button, Card, Empty, Flex, Grid, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { WarningLight } from '../../components/WarningLight';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { formatDateTime } from '../../i18n/format';
import { CaseActionModal, type CaseAction } from './CaseActionModal';
import { LIST_INTERVAL_MS, useLeaderCases, type LeaderCase } from './leader-api';
import { CASE_STATUSES, daysUntil, LIGHT_ORDER } from './leader-labels';
import { useNow } from './use-now';

const messages = defineMessages({
  'zh-CN': {
    title: '包案件',
    subtitle: '您包案的 {n} 件：红灯 {red} 件，黄灯 {yellow} 件，绿灯 {green} 件',
    filter: '按警示灯筛选',
    all: '全部',
    red: '红灯',
    yellow: '黄灯',
    green: '绿灯',
    table: '我的包案件列表',
    caseNumber: '案件编号',
    subject: '事项',
    unit: '主办单位',
    status: '办理状态',
    light: '警示灯',
    acceptBy: '受理期限',
    handleBy: '办结期限',
    left: '剩 {n} 天',
    overdue: '已超期 {n} 天',
    today: '今日到期',
    extension: '延期',
    extensionPending: '延期待审批',
    actions: '操作',
    instruct: '追加批示',
    sendBack: '发回重办',
    empty: '暂无包案件。批示时选择“由我包案”即可包案。',
  },
  en: {
    title: 'My cases (包案)',
    subtitle: '{n} cases in your charge: {red} red, {yellow} yellow, {green} green',
    filter: 'Filter by warning light',
    all: 'All',
    red: 'Red',
    yellow: 'Yellow',
    green: 'Green',
    table: 'Cases in my charge',
    caseNumber: 'Case number',
    subject: 'Matter',
    unit: 'Lead unit',
    status: 'Status',
    light: 'Light',
    acceptBy: 'Accept by',
    handleBy: 'Conclude by',
    left: '{n} d left',
    overdue: '{n} d overdue',
    today: 'Due today',
    extension: 'Extension',
    extensionPending: 'Extension pending',
    actions: 'Actions',
    instruct: 'Add instruction',
    sendBack: 'Send back',
    empty: 'No cases in your charge. Choose “I take charge” when instructing to take one.',
  },
});

type LightFilter = 'all' | 'red' | 'yellow' | 'green';

/** The clock that runs now: acceptance while assigned, handling while accepted or reopened. */
function activeDeadline(line: LeaderCase): 'acceptBy' | 'handleBy' | null {
  if (line.status === 'assigned') return 'acceptBy';
  if (line.status === 'accepted' || line.status === 'reopened') return 'handleBy';
  return null;
}

/** 包案件: the cases this leader took personal charge of, with their warning lights; polled. */
export default function LeaderCasesPage() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const now = useNow(60_000);
  const cases = useLeaderCases();
  const [filter, setFilter] = useState<LightFilter>('all');
  const [action, setAction] = useState<CaseAction>(null);
  const screens = Grid.useBreakpoint();

  const items = useMemo(
    () => [...(cases.data ?? [])].sort((a, b) => (LIGHT_ORDER[a.light] ?? 9) - (LIGHT_ORDER[b.light] ?? 9) || a.deadlines.handleBy.localeCompare(b.deadlines.handleBy)),
    [cases.data],
  );
  const count = (light: string) => items.filter((i) => i.light === light).length;
  const shown = filter === 'all' ? items : items.filter((i) => i.light === filter);

  const deadline = (line: LeaderCase, key: 'acceptBy' | 'handleBy') => {
    const active = activeDeadline(line) === key;
    const days = daysUntil(line.deadlines[key], now);
    return (
      <Space orientation="vertical" size={0}>
        <span>{formatDateTime(line.deadlines[key], lang)}</span>
        {active && (
          <Typography.Text type={days < 0 ? 'danger' : days <= 3 ? 'warning' : 'secondary'} strong={days <= 3} style={{ fontSize: 12 }}>
            {days < 0 ? t('overdue', { n: -days }) : days === 0 ? t('today') : t('left', { n: days })}
          </Typography.Text>
        )}
      </Space>
    );
  };

  const status = (line: LeaderCase) => (
    <Space size={[4, 4]} wrap>
      <span>{CASE_STATUSES[line.status]?.[lang] ?? line.status}</span>
      {line.extensionStatus === 'pending' && (
        <Link to="/staff/leader/extensions">
          <Tag color="warning">{t('extensionPending')}</Tag>
        </Link>
      )}
    </Space>
  );

  const actions = (line: LeaderCase) => (
    <Space size={4} wrap>
      <Button size="small" onClick={() => setAction({ kind: 'instruct', line })} aria-label={`${t('instruct')} ${line.caseNumber}`}>
        {t('instruct')}
      </Button>
      {(line.status === 'replied' || line.status === 'closed') && (
        <Button size="small" danger onClick={() => setAction({ kind: 'send-back', line })} aria-label={`${t('sendBack')} ${line.caseNumber}`}>
          {t('sendBack')}
        </Button>
      )}
    </Space>
  );

  // On a phone each case is a card: a seven-column table would scroll sideways.
  const card = (line: LeaderCase) => (
    <Card size="small">
      <Flex justify="space-between" wrap gap={6} align="center">
        <WarningLight light={line.light === 'none' ? null : line.light} />
        {status(line)}
      </Flex>
      <Typography.Paragraph strong style={{ margin: '8px 0 2px' }}>
        {line.subject}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {line.caseNumber} · {line.leadUnitName}
      </Typography.Text>
      <Flex gap={16} wrap style={{ margin: '8px 0' }}>
        <div>
          <Typography.Text type="secondary">{t('acceptBy')}：</Typography.Text>
          {deadline(line, 'acceptBy')}
        </div>
        <div>
          <Typography.Text type="secondary">{t('handleBy')}：</Typography.Text>
          {deadline(line, 'handleBy')}
        </div>
      </Flex>
      {actions(line)}
    </Card>
  );

  const columns: TableColumnsType<LeaderCase> = [
    { key: 'light', title: t('light'), render: (_, line) => <WarningLight light={line.light === 'none' ? null : line.light} />, width: 150 },
    {
      key: 'subject',
      title: t('subject'),
      render: (_, line) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{line.subject}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {line.caseNumber}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'unit', title: t('unit'), dataIndex: 'leadUnitName', responsive: ['md'] },
    { key: 'status', title: t('status'), render: (_, line) => status(line) },
    { key: 'acceptBy', title: t('acceptBy'), render: (_, line) => deadline(line, 'acceptBy'), responsive: ['lg'] },
    { key: 'handleBy', title: t('handleBy'), render: (_, line) => deadline(line, 'handleBy') },
    { key: 'actions', title: t('actions'), render: (_, line) => actions(line) },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={cases.data ? t('subtitle', { n: items.length, red: count('red'), yellow: count('yellow'), green: count('green') }) : undefined}
        extra={<Freshness updatedAt={cases.dataUpdatedAt} fetching={cases.isFetching} intervalMs={LIST_INTERVAL_MS} onRefresh={() => void cases.refetch()} />}
      />
      <Flex style={{ marginBottom: 12 }}>
        <Segmented<LightFilter>
          aria-label={t('filter')}
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `${t('all')} ${items.length}` },
            { value: 'red', label: `■ ${t('red')} ${count('red')}` },
            { value: 'yellow', label: `▲ ${t('yellow')} ${count('yellow')}` },
            { value: 'green', label: `● ${t('green')} ${count('green')}` },
          ]}
        />
      </Flex>
      <ProblemAlert error={cases.error} style={{ marginBottom: 12 }} />
      {!screens.md ? (
        shown.length === 0 ? (
          <Empty description={cases.isLoading ? '…' : t('empty')} />
        ) : (
          <ul aria-label={t('table')} data-testid="leader-cases" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
            {shown.map((line) => (
              <li key={line.petitionId}>{card(line)}</li>
            ))}
          </ul>
        )
      ) : (
        <Table<LeaderCase>
          data-testid="leader-cases"
          aria-label={t('table')}
          rowKey="petitionId"
          size="middle"
          loading={cases.isLoading}
          columns={columns}
          dataSource={shown}
          pagination={shown.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('empty')}</Typography.Text> }}
        />
      )}
      <CaseActionModal action={action} onClose={() => setAction(null)} />
    </>
  );
}
