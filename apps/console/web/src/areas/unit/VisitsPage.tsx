import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { hasRole, useSession } from '../../auth/session';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { RecordVisit } from './RecordVisit';
import { useVocab } from './labels';
import { casePath, POLL_MS, useCases, useDueVisits, useUnitName, useVisits, type DueVisit, type Visit } from './unit-api';

const messages = defineMessages({
  'zh-CN': {
    title: '回访',
    subtitle: '答复后按期回访信访人，登记回访情况，可代信访人评价',
    ledger: '导出回访台账（XLSX）',
    due: '待回访',
    dueTable: '待回访案件',
    done: '回访台账',
    doneTable: '已登记的回访',
    caseNumber: '案件编号',
    unit: '单位',
    round: '答复轮次',
    repliedAt: '答复时间',
    dueBy: '回访期限',
    state: '状态',
    stateDue: '待回访',
    stateOverdue: '已逾期',
    action: '操作',
    visitedAt: '回访时间',
    method: '方式',
    visitor: '回访人',
    satisfaction: '满意度',
    summary: '回访情况',
    noDue: '没有待回访的案件',
    noVisits: '尚未登记回访',
    roundN: '第 {n} 轮',
  },
  en: {
    title: 'Return visits',
    subtitle: 'Visit petitioners after each reply, record what they said, and rate on their behalf',
    ledger: 'Export the ledger (XLSX)',
    due: 'Visits due',
    dueTable: 'Cases awaiting a visit',
    done: 'Visit ledger',
    doneTable: 'Visits recorded',
    caseNumber: 'Case number',
    unit: 'Unit',
    round: 'Reply round',
    repliedAt: 'Replied',
    dueBy: 'Visit by',
    state: 'State',
    stateDue: 'Due',
    stateOverdue: 'Overdue',
    action: 'Action',
    visitedAt: 'Visited',
    method: 'Method',
    visitor: 'Visitor',
    satisfaction: 'Satisfaction',
    summary: 'What was said',
    noDue: 'No visits due',
    noVisits: 'No visits recorded yet',
    roundN: 'Round {n}',
  },
});

/** 回访: the visits due (earliest first), recording one, the ledger and its XLSX export. Units and the joint office. */
export default function VisitsPage() {
  const t = useMessages(messages);
  const v = useVocab();
  const api = useApi();
  const { session } = useSession();
  const unitName = useUnitName();
  const isUnit = !!session?.unitId;
  const due = useDueVisits();
  const visits = useVisits();
  const cases = useCases(isUnit && hasRole(session, 'unit'));
  const idOf = (caseNumber: string) => cases.data?.find((c) => c.caseNumber === caseNumber)?.petitionId;
  const download = useMutation({ mutationFn: () => api.download('feedback', '/v1/visits/ledger.xlsx', `回访台账-${session?.unitId ?? 'all'}.xlsx`) });

  const caseCell = (caseNumber: string) => {
    const id = idOf(caseNumber);
    return id ? <Link to={casePath(id)}>{caseNumber}</Link> : caseNumber;
  };

  const dueColumns: TableColumnsType<DueVisit> = [
    { title: t('caseNumber'), key: 'caseNumber', render: (_, r) => caseCell(r.caseNumber) },
    ...(isUnit ? [] : [{ title: t('unit'), key: 'unit', render: (_: unknown, r: DueVisit) => unitName(r.unitId) }]),
    { title: t('round'), key: 'round', render: (_, r) => t('roundN', { n: r.round }) },
    { title: t('repliedAt'), key: 'repliedAt', render: (_, r) => formatDateTime(r.repliedAt, v.lang) },
    { title: t('dueBy'), key: 'dueBy', render: (_, r) => formatDateTime(r.dueBy, v.lang), sorter: (a, b) => a.dueBy.localeCompare(b.dueBy), defaultSortOrder: 'ascend' },
    { title: t('state'), key: 'state', render: (_, r) => (r.status === 'overdue' ? <Tag color="error">{t('stateOverdue')}</Tag> : <Tag color="blue">{t('stateDue')}</Tag>) },
    { title: t('action'), key: 'action', render: (_, r) => <RecordVisit caseNumber={r.caseNumber} primary /> },
  ];

  const visitColumns: TableColumnsType<Visit> = [
    { title: t('caseNumber'), key: 'caseNumber', width: 150, render: (_, r) => caseCell(r.caseNumber) },
    ...(isUnit ? [] : [{ title: t('unit'), key: 'unit', render: (_: unknown, r: Visit) => unitName(r.unitId) }]),
    { title: t('round'), key: 'round', width: 90, render: (_, r) => (r.round ? t('roundN', { n: r.round }) : '—') },
    { title: t('visitedAt'), key: 'visitedAt', width: 150, render: (_, r) => formatDateTime(r.visitedAt, v.lang) },
    { title: t('method'), key: 'method', width: 100, render: (_, r) => v.visitMethod(r.method) },
    { title: t('visitor'), key: 'visitor', render: (_, r) => r.visitor ?? r.recordedBy },
    { title: t('satisfaction'), key: 'satisfaction', width: 100, render: (_, r) => (r.satisfaction ? v.satisfaction(r.satisfaction) : '—') },
    { title: t('summary'), key: 'summary', render: (_, r) => r.summary + (r.reasons?.length ? `（${r.reasons.join('；')}）` : '') },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <Flex gap={8} wrap align="center">
            <Freshness updatedAt={due.dataUpdatedAt} fetching={due.isFetching} intervalMs={POLL_MS} onRefresh={() => void due.refetch()} />
            <RecordVisit />
            <Button icon={<DownloadOutlined aria-hidden />} loading={download.isPending} onClick={() => download.mutate()}>
              {t('ledger')}
            </Button>
          </Flex>
        }
      />
      <ProblemAlert error={download.error ?? due.error ?? visits.error} style={{ marginBottom: 12 }} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <section aria-labelledby="due-heading">
          <Typography.Title level={2} id="due-heading" style={{ fontSize: 16, marginTop: 0 }}>
            {t('due')}
          </Typography.Title>
          <Table<DueVisit>
            aria-label={t('dueTable')}
            data-testid="due-visits-table"
            size="small"
            rowKey={(r) => `${r.caseNumber}-${r.round}`}
            columns={dueColumns}
            dataSource={due.data?.items}
            loading={due.isLoading}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: <Typography.Text type="secondary">{t('noDue')}</Typography.Text> }}
            scroll={{ x: 720 }}
          />
        </section>
      </Card>
      <Card size="small">
        <section aria-labelledby="ledger-heading">
          <Typography.Title level={2} id="ledger-heading" style={{ fontSize: 16, marginTop: 0 }}>
            {t('done')}
          </Typography.Title>
          <Table<Visit>
            aria-label={t('doneTable')}
            size="small"
            rowKey="visitId"
            columns={visitColumns}
            dataSource={visits.data?.items}
            loading={visits.isLoading}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: <Typography.Text type="secondary">{t('noVisits')}</Typography.Text> }}
            scroll={{ x: 1000 }}
          />
        </section>
      </Card>
    </>
  );
}
