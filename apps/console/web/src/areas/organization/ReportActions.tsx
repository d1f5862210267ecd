import { CheckCircleOutlined, CloudUploadOutlined, FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { reportFileName, usePublish, type HistoryEntry } from './organization-api';
import { type Period } from './periods';

const messages = defineMessages({
  'zh-CN': {
    xlsx: '下载 XLSX',
    pdf: '下载 PDF',
    downloaded: '已下载 {file}',
    publish: '发布',
    published: '已发布 · 存档第 {seq} 条',
    publishedTip: '{time} 发布，报告已存入签名存档',
    confirmTitle: '发布{period}考核结果？',
    confirmBody: '发布后，本期考核报告将存入签名存档并通知各单位，不能撤回，也不能重复发布。请先下载报告核对无误。',
    confirmOk: '确认发布',
    cancel: '取消',
    done: '{period}考核结果已发布，存档第 {seq} 条。',
  },
  en: {
    xlsx: 'Download XLSX',
    pdf: 'Download PDF',
    downloaded: 'Downloaded {file}',
    publish: 'Publish',
    published: 'Published · history entry {seq}',
    publishedTip: 'Published {time}; the report is in the signed history',
    confirmTitle: 'Publish the appraisal of {period}?',
    confirmBody: 'The report goes into the signed history and the units are told. Publishing cannot be undone or repeated; check the downloaded report first.',
    confirmOk: 'Publish',
    cancel: 'Cancel',
    done: 'The appraisal of {period} is published (history entry {seq}).',
  },
});

/** 下载 XLSX / 下载 PDF of the period's report, and 发布 (publish, once, confirmed) into the signed history. */
export function ReportActions({ period, periodText, provisional, publishedEntry, disabled }: { period: Period; periodText: string; provisional: boolean; publishedEntry?: HistoryEntry; disabled?: boolean }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const api = useApi();
  const { message, modal } = App.useApp();
  const publish = usePublish();
  const [busy, setBusy] = useState<'xlsx' | 'pdf'>();
  const [error, setError] = useState<unknown>();

  const download = async (format: 'xlsx' | 'pdf') => {
    const file = reportFileName(period, format);
    setBusy(format);
    setError(undefined);
    try {
      await api.download('supervision', `/v1/appraisals/${period}/report.${format}`, file);
      void message.success(t('downloaded', { file }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };

  const confirmPublish = () => {
    setError(undefined);
    modal.confirm({
      title: t('confirmTitle', { period: periodText }),
      content: t('confirmBody'),
      okText: t('confirmOk'),
      cancelText: t('cancel'),
      onOk: () =>
        publish.mutateAsync(period).then(
          (r) => void message.success(t('done', { period: periodText, seq: r.historyEntry })),
          (e: unknown) => setError(e),
        ),
    });
  };

  return (
    <Space orientation="vertical" size={8}>
      <Space wrap>
        <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} disabled={disabled} onClick={() => void download('xlsx')}>
          {t('xlsx')}
        </Button>
        <Button icon={<FilePdfOutlined />} loading={busy === 'pdf'} disabled={disabled} onClick={() => void download('pdf')}>
          {t('pdf')}
        </Button>
        {publishedEntry ? (
          <Tooltip title={t('publishedTip', { time: formatDateTime(publishedEntry.createdAt, lang) })}>
            <Tag icon={<CheckCircleOutlined />} color="success" style={{ paddingBlock: 4 }} data-testid="published-tag">
              {t('published', { seq: publishedEntry.seq })}
            </Tag>
          </Tooltip>
        ) : (
          <Button type="primary" icon={<CloudUploadOutlined />} loading={publish.isPending} disabled={disabled || provisional} aria-describedby={provisional ? 'appraisal-provisional' : undefined} onClick={confirmPublish}>
            {t('publish')}
          </Button>
        )}
      </Space>
      {error !== undefined && <ProblemAlert error={error} />}
    </Space>
  );
}
