import { CheckCircleOutlined, ClockCircleOutlined, CloudUploadOutlined, FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Popconfirm, Row, Segmented, Skeleton, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { hasRole, useSession } from '../../auth/session';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime, formatPercent } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { BulletinDetails } from './BulletinDetails';
import { bulletinKindLabel } from './labels';
import { currentPeriod, dateOfKey, keyOfDayjs } from './periods';
import { bulletinPath, useBulletin, usePublishBulletin, useUnitCatalogue, type BulletinKind } from './supervisor-api';
import { DANGER_TEXT } from './SupervisorTheme';

const messages = defineMessages({
  'zh-CN': {
    title: '通报',
    subtitle: '一日一清理、一月一办结、一季一分析',
    kind: '通报类型',
    period: '通报期间',
    xlsx: '下载 XLSX',
    pdf: '下载 PDF',
    publish: '发布通报',
    publishConfirm: '发布后将存档并通知各单位，同一期间只发布一次。确定发布？',
    published: '已发布',
    publishedAt: '已于 {time} 发布',
    notPublished: '未发布（按当前数据计算）',
    provisional: '期间未结束，数字仍会变化；结束后方可发布',
    publishedOk: '{period} {kind}已发布',
    downloaded: '已下载 {file}',
    range: '{from} 至 {to}',
    received: '受理',
    replied: '办结',
    onTimeRate: '按期办结率',
    rated: '参评',
    satisfactionRate: '满意率',
    overdue: '超期未办结',
    named: '点名单位：{units}',
    totals: '总体情况',
    ok: '发布',
    cancel: '取消',
  },
  en: {
    title: 'Bulletins',
    subtitle: 'Cleared daily, finished monthly, analysed quarterly',
    kind: 'Kind',
    period: 'Period',
    xlsx: 'Download XLSX',
    pdf: 'Download PDF',
    publish: 'Publish',
    publishConfirm: 'Publishing stores it and notifies the units; a period is published once. Publish now?',
    published: 'Published',
    publishedAt: 'Published {time}',
    notPublished: 'Not published (computed from the current figures)',
    provisional: 'The period is still running: the figures will change; it can be published once ended',
    publishedOk: '{kind} {period} published',
    downloaded: 'Downloaded {file}',
    range: '{from} to {to}',
    received: 'Received',
    replied: 'Finished',
    onTimeRate: 'On-time rate',
    rated: 'Rated',
    satisfactionRate: 'Satisfaction',
    overdue: 'Overdue',
    named: 'Units named: {units}',
    totals: 'Overview',
    ok: 'Publish',
    cancel: 'Cancel',
  },
});

const PICKERS: Record<BulletinKind, 'date' | 'month' | 'quarter'> = { daily: 'date', monthly: 'month', quarterly: 'quarter' };
const KINDS: BulletinKind[] = ['daily', 'monthly', 'quarterly'];

/** The bulletins (通报) of a day, month or quarter: figures, charts, tables, downloads, and publishing an ended period. */
export function BulletinsPage() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const { session } = useSession();
  const { message } = App.useApp();
  const api = useApi();
  const [kind, setKind] = useState<BulletinKind>('monthly');
  const [periods, setPeriods] = useState<Record<BulletinKind, string>>(() => ({ daily: currentPeriod('daily'), monthly: currentPeriod('monthly'), quarterly: currentPeriod('quarterly') }));
  const [downloading, setDownloading] = useState<'xlsx' | 'pdf' | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const period = periods[kind];
  const view = useBulletin(kind, period);
  const publish = usePublishBulletin();
  const catalogue = useUnitCatalogue();
  const bulletin = view.data?.bulletin;
  const mayPublish = hasRole(session, 'supervisor');
  const start = dateOfKey(kind, period);
  const pickerValue = start ? dayjs(new Date(start.year, start.month - 1, start.day)) : null;

  const download = async (format: 'xlsx' | 'pdf') => {
    const file = `bulletin-${kind}-${period}.${format}`;
    setDownloading(format);
    setDownloadError(null);
    try {
      await api.download('supervision', bulletinPath(kind, period, `/report.${format}`), file);
      void message.success(t('downloaded', { file }));
    } catch (error) {
      setDownloadError(error);
    } finally {
      setDownloading(null);
    }
  };

  const onPublish = () =>
    publish.mutate(
      { kind, period },
      { onSuccess: () => void message.success(t('publishedOk', { kind: bulletinKindLabel(kind, lang), period })) },
    );

  const totals = bulletin?.totals;
  const stats = totals
    ? [
        { key: 'received', title: t('received'), value: String(totals.received) },
        { key: 'replied', title: t('replied'), value: String(totals.replied) },
        { key: 'onTimeRate', title: t('onTimeRate'), value: formatPercent(totals.onTimeRate, lang) },
        { key: 'rated', title: t('rated'), value: String(totals.rated) },
        { key: 'satisfactionRate', title: t('satisfactionRate'), value: formatPercent(totals.satisfactionRate, lang) },
        { key: 'overdue', title: t('overdue'), value: String(totals.overdue), danger: totals.overdue > 0 },
      ]
    : [];

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <Flex gap={8} wrap>
            <Button icon={<FileExcelOutlined />} loading={downloading === 'xlsx'} onClick={() => void download('xlsx')}>
              {t('xlsx')}
            </Button>
            <Button icon={<FilePdfOutlined />} loading={downloading === 'pdf'} onClick={() => void download('pdf')}>
              {t('pdf')}
            </Button>
            {mayPublish && (
              <Popconfirm title={t('publish')} description={t('publishConfirm')} okText={t('ok')} cancelText={t('cancel')} onConfirm={onPublish} disabled={!bulletin || bulletin.provisional || view.data?.published}>
                <Button type="primary" icon={<CloudUploadOutlined />} loading={publish.isPending} disabled={!bulletin || bulletin.provisional || view.data?.published}>
                  {t('publish')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Flex gap={16} wrap align="center" style={{ background: '#fff', borderRadius: 8, padding: 16 }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text id="bulletin-kind">{t('kind')}</Typography.Text>
            <Segmented<BulletinKind> aria-labelledby="bulletin-kind" value={kind} onChange={setKind} options={KINDS.map((k) => ({ value: k, label: bulletinKindLabel(k, lang) }))} />
          </Flex>
          <Flex gap={8} align="center">
            <label htmlFor="bulletin-period">{t('period')}</label>
            <DatePicker
              id="bulletin-period"
              picker={PICKERS[kind]}
              value={pickerValue}
              allowClear={false}
              format={kind === 'quarterly' ? () => period : undefined}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              onChange={(value) => value && setPeriods((p) => ({ ...p, [kind]: keyOfDayjs(kind, value) }))}
            />
          </Flex>
          {view.data && (
            <Flex gap={8} wrap align="center">
              {view.data.published ? (
                <Tag color="success" icon={<CheckCircleOutlined />}>{view.data.publishedAt ? t('publishedAt', { time: formatDateTime(view.data.publishedAt, lang) }) : t('published')}</Tag>
              ) : (
                <Tag>{t('notPublished')}</Tag>
              )}
              {bulletin?.provisional && (
                <Tag color="warning" icon={<ClockCircleOutlined />}>
                  {t('provisional')}
                </Tag>
              )}
              {bulletin && (
                <Typography.Text type="secondary">
                  {t('range', { from: formatDate(bulletin.from, lang), to: formatDate(new Date(new Date(bulletin.to).getTime() - 1).toISOString(), lang) })}
                </Typography.Text>
              )}
            </Flex>
          )}
        </Flex>
        <ProblemAlert error={view.error ?? publish.error ?? downloadError} />
        {view.isLoading && <Skeleton active />}
        {bulletin && (
          <>
            <section aria-labelledby="bl-totals" style={{ background: '#fff', borderRadius: 8, padding: 16 }}>
              <Typography.Title level={2} id="bl-totals" style={{ fontSize: 18, marginTop: 0 }}>
                {t('totals')} · {bulletinKindLabel(kind, lang)} {bulletin.period}
              </Typography.Title>
              <Row gutter={[12, 12]}>
                {stats.map((s) => (
                  <Col key={s.key} flex="1 1 150px">
                    <Card size="small">
                      <Statistic title={s.title} value={s.value} styles={{ content: { color: s.danger ? '#cf1322' : '#0b2a6f', fontWeight: 600 } }} />
                    </Card>
                  </Col>
                ))}
              </Row>
              {bulletin.namedUnits.length > 0 && (
                <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
                  <Typography.Text style={{ color: DANGER_TEXT }}>{t('named', { units: bulletin.namedUnits.map((id) => catalogue.name(id)).join('、') })}</Typography.Text>
                </Typography.Paragraph>
              )}
            </section>
            <BulletinDetails bulletin={bulletin} unitName={catalogue.name} />
          </>
        )}
      </Flex>
    </>
  );
}
