import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { hasRole, useSession } from '../../auth/session';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { HISTORY_FAULTS, HISTORY_KINDS } from './labels';
import { HISTORY_POLL_MS, useReportHistory, useVerifyHistory, type HistoryEntry } from './organization-api';
import { PERIOD_PATTERN, periodLabel } from './periods';

const messages = defineMessages({
  'zh-CN': {
    title: '签名存档',
    subtitle: '已发布报告的哈希链存档：每条记录报告的 SHA-256、上一条的哈希和服务签名，任何改动都会被校验发现。',
    verification: '存档校验',
    verify: '重新校验',
    verifying: '正在校验…',
    ok: '验证通过',
    okDetail: '共 {n} 条存档，报告内容、哈希链接与签名均与发布时一致。',
    okEmpty: '存档为空，尚无已发布的报告。',
    failed: '验证失败：第 {seq} 条',
    failedDetail: '{fault}。自第 {seq} 条起的存档不可信，请立即核查并报告。',
    entries: '存档条目',
    caption: '已发布报告的签名存档，共 {n} 条',
    seq: '序号',
    kind: '类别',
    period: '期间',
    publishedAt: '发布时间',
    reportHash: '报告哈希（SHA-256）',
    entryHash: '条目哈希',
    state: '校验',
    good: '通过',
    bad: '失败',
    unchecked: '未校验',
    empty: '尚无已发布的报告。',
  },
  en: {
    title: 'Signed history',
    subtitle: 'A hash chain of the published reports: each entry keeps the SHA-256 of the report, the hash of the previous entry and the signature of the service, so any change is found.',
    verification: 'Verification',
    verify: 'Verify again',
    verifying: 'Verifying…',
    ok: 'Verified',
    okDetail: '{n} entries: every report, hash link and signature is as it was published.',
    okEmpty: 'The history is empty: nothing has been published yet.',
    failed: 'Verification failed at entry {seq}',
    failedDetail: '{fault}. Entries from {seq} on cannot be trusted; check and report it now.',
    entries: 'Entries',
    caption: 'The signed history of published reports, {n} entries',
    seq: 'No.',
    kind: 'Kind',
    period: 'Period',
    publishedAt: 'Published',
    reportHash: 'Report hash (SHA-256)',
    entryHash: 'Entry hash',
    state: 'Check',
    good: 'Passed',
    bad: 'Failed',
    unchecked: 'Not checked',
    empty: 'Nothing published yet.',
  },
});

const periodOf = (subject: string) => subject.split(':').pop() ?? subject;
const short = (hash: string) => `${hash.slice(0, 12)}…${hash.slice(-6)}`;

/** 签名存档: the published reports' hash chain and whether it still verifies. */
export default function HistoryPage() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const { session } = useSession();
  const history = useReportHistory();
  const verdict = useVerifyHistory();
  const bad = verdict.data?.firstBadEntry;
  const canOpen = hasRole(session, 'organization-department');

  const columns: ColumnsType<HistoryEntry> = [
    { title: t('seq'), dataIndex: 'seq', width: 64, align: 'center' },
    { title: t('kind'), dataIndex: 'kind', width: 96, render: (k: string) => HISTORY_KINDS[k]?.[lang] ?? k },
    {
      title: t('period'),
      dataIndex: 'subject',
      width: 150,
      render: (subject: string, e) => {
        const period = periodOf(subject);
        const text = PERIOD_PATTERN.test(period) ? periodLabel(period, lang) : subject;
        return e.kind === 'appraisal' && canOpen && PERIOD_PATTERN.test(period) ? <Link to={`/staff/organization?period=${period}`}>{text}</Link> : text;
      },
    },
    { title: t('publishedAt'), dataIndex: 'createdAt', width: 150, render: (at: string) => formatDateTime(at, lang) },
    {
      title: t('reportHash'),
      dataIndex: 'reportSha256',
      render: (h: string) => (
        <Typography.Text code copyable={{ text: h }} title={h} style={{ whiteSpace: 'nowrap' }}>
          {short(h)}
        </Typography.Text>
      ),
    },
    {
      title: t('entryHash'),
      dataIndex: 'entryHash',
      render: (h: string) => (
        <Typography.Text code copyable={{ text: h }} title={h} style={{ whiteSpace: 'nowrap' }}>
          {short(h)}
        </Typography.Text>
      ),
    },
    {
      title: t('state'),
      key: 'state',
      width: 96,
      render: (_, e) =>
        !verdict.data ? (
          <Tag>{t('unchecked')}</Tag>
        ) : bad && e.seq >= bad.seq ? (
          <Tag icon={<CloseCircleFilled />} style={{ color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' }}>
            {t('bad')}
          </Tag>
        ) : (
          <Tag icon={<CheckCircleFilled />} style={{ color: '#135200', background: '#f6ffed', borderColor: '#95de64' }}>
            {t('good')}
          </Tag>
        ),
    },
  ];

  const entries = history.data ?? [];
  return (
    <>
      <PageTitle title={t('title')} subtitle={t('subtitle')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('verification')}
          </Typography.Title>
          <Button icon={<SafetyCertificateOutlined />} loading={verdict.isFetching} onClick={() => void verdict.refetch()}>
            {verdict.isFetching ? t('verifying') : t('verify')}
          </Button>
        </Flex>
        {verdict.error ? (
          <ProblemAlert error={verdict.error} />
        ) : !verdict.data ? (
          <Alert type="info" showIcon title={t('verifying')} />
        ) : verdict.data.ok ? (
          <Alert
            type="success"
            showIcon
            icon={<CheckCircleFilled />}
            data-testid="history-verdict"
            title={<strong style={{ fontSize: 18 }}>{t('ok')}</strong>}
            description={verdict.data.entries ? t('okDetail', { n: verdict.data.entries }) : t('okEmpty')}
          />
        ) : (
          <Alert
            type="error"
            showIcon
            role="alert"
            icon={<CloseCircleFilled />}
            data-testid="history-verdict"
            title={<strong style={{ fontSize: 18 }}>{t('failed', { seq: bad?.seq ?? '?' })}</strong>}
            description={t('failedDetail', { fault: HISTORY_FAULTS[bad?.fault ?? '']?.[lang] ?? bad?.fault ?? '', seq: bad?.seq ?? '?' })}
          />
        )}
      </Card>
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('entries')}
          </Typography.Title>
          <Freshness updatedAt={history.dataUpdatedAt} fetching={history.isFetching} intervalMs={HISTORY_POLL_MS} onRefresh={() => void history.refetch()} />
        </Flex>
        {history.error ? (
          <ProblemAlert error={history.error} />
        ) : (
          <Table<HistoryEntry>
            data-testid="history-table"
            aria-label={t('caption', { n: entries.length })}
            rowKey="seq"
            size="middle"
            loading={history.isPending}
            columns={columns}
            dataSource={[...entries].reverse()}
            pagination={entries.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('empty') }}
            onRow={(e) => (bad && e.seq === bad.seq ? { style: { background: '#fff1f0' } } : {})}
          />
        )}
      </Card>
    </>
  );
}
