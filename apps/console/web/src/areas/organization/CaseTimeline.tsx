import { Skeleton, Tag, Timeline, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { useTimeline } from './organization-api';

const messages = defineMessages({
  'zh-CN': { status: '当前状态：{status}', empty: '暂无办理记录。', label: '{case} 的办理过程' },
  en: { status: 'Status: {status}', empty: 'Nothing recorded yet.', label: 'What happened on {case}' },
});

/** What happened on a case (the supervision timeline), read when the person opens it. */
export function CaseTimeline({ petitionId, caseNumber }: { petitionId: string; caseNumber: string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const timeline = useTimeline(petitionId);
  if (timeline.error) return <ProblemAlert error={timeline.error} />;
  if (!timeline.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const { statusLabel, events } = timeline.data;
  return (
    <section aria-label={t('label', { case: caseNumber })}>
      <Typography.Paragraph style={{ marginBottom: 12 }}>
        <Tag>{t('status', { status: statusLabel })}</Tag>
      </Typography.Paragraph>
      {events.length === 0 ? (
        <Typography.Text type="secondary">{t('empty')}</Typography.Text>
      ) : (
        <Timeline
          items={events.map((e) => ({
            key: e.eventId,
            content: (
              <>
                <Typography.Text strong>{e.title[lang]}</Typography.Text>{' '}
                <Typography.Text type="secondary">{formatDateTime(e.occurredAt, lang)}</Typography.Text>
                <div>{e.summary}</div>
              </>
            ),
          }))}
        />
      )}
    </section>
  );
}
