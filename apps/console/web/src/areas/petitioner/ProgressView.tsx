import { Card, Descriptions, Tag, Timeline, Typography } from 'antd';
import { useLang, useMessages } from '../../i18n/i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import type { Progress, Reply } from './petitioner-api';
import { progressMessages } from './progress-messages';

/** Dark text on a light ground (AA contrast); the word carries the meaning, the colour only groups. */
const STATUS_STYLES: Record<string, { color: string; background: string; borderColor: string }> = {
  done: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  stopped: { color: '#434343', background: '#fafafa', borderColor: '#bfbfbf' },
  refused: { color: '#873800', background: '#fff7e6', borderColor: '#ffc069' },
  open: { color: '#0b2a6f', background: '#eef3ff', borderColor: '#9db2f0' },
};
const STATUS_GROUP: Record<string, keyof typeof STATUS_STYLES> = {
  concluded: 'done',
  closed: 'done',
  withdrawn: 'stopped',
  'not-accepted': 'refused',
  'not-accepted-again': 'refused',
};

function ReplyCard({ reply, title }: { reply: Reply; title: string }) {
  const t = useMessages(progressMessages);
  const { lang } = useLang();
  const items = [
    { key: 'outcome', label: t('outcome'), children: reply.outcomeLabel },
    reply.unitName ? { key: 'unit', label: t('unit'), children: reply.unitName } : undefined,
    reply.facts ? { key: 'facts', label: t('facts'), children: reply.facts } : undefined,
    reply.basis ? { key: 'basis', label: t('basis'), children: reply.basis } : undefined,
    reply.promisedBy ? { key: 'promisedBy', label: t('promisedBy'), children: formatDate(reply.promisedBy, lang) } : undefined,
    reply.nextCheckAt ? { key: 'next', label: t('nextCheckAt'), children: formatDate(reply.nextCheckAt, lang) } : undefined,
  ].filter((item): item is { key: string; label: string; children: string } => !!item);
  return (
    <Card>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
        {title} <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal' }}>· {t('round', { n: reply.round })} · {formatDateTime(reply.repliedAt, lang)}</Typography.Text>
      </Typography.Title>
      {reply.text && (
        <Typography.Paragraph data-testid="reply-text" style={{ whiteSpace: 'pre-wrap' }}>
          {reply.text}
        </Typography.Paragraph>
      )}
      <Descriptions column={1} size="small" items={items} />
      {reply.reviewRights && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('reviewRights')}：{reply.reviewRights}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** Where the case stands, what happened when, and the reply in full. */
export function ProgressView({ progress }: { progress: Progress }) {
  const t = useMessages(progressMessages);
  const { lang } = useLang();
  return (
    <>
      <Card>
        <Descriptions
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'case', label: t('caseNumber'), children: <Typography.Text strong>{progress.caseNumber}</Typography.Text> },
            {
              key: 'status',
              label: t('status'),
              children: (
                <Tag data-testid="progress-status" data-status={progress.status} style={{ fontSize: 14, padding: '2px 8px', ...STATUS_STYLES[STATUS_GROUP[progress.status] ?? 'open'] }}>
                  {progress.statusLabel}
                </Tag>
              ),
            },
            ...(progress.unitName ? [{ key: 'unit', label: t('unit'), children: progress.unitName }] : []),
          ]}
        />
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('steps')}
        </Typography.Title>
        <Timeline
          data-testid="progress-steps"
          items={[...progress.steps].reverse().map((step) => ({
            key: `${step.at}-${step.title}`,
            children: (
              <>
                <Typography.Text strong>{step.title}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{formatDateTime(step.at, lang)}</Typography.Text>
                {step.detail && <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{step.detail}</Typography.Paragraph>}
              </>
            ),
          }))}
        />
      </Card>
      {progress.reply && <ReplyCard reply={progress.reply} title={t('reply')} />}
      {progress.originalReply && <ReplyCard reply={progress.originalReply} title={t('originalReply', { caseNumber: progress.originalReply.caseNumber ?? '' })} />}
    </>
  );
}
