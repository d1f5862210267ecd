import { Card, Flex, Progress, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { MIN_HINT_TEXT, useDuplicateCandidates, type DuplicateCandidate } from './operator-api';
import { HINT_REASON, label, ROUTING_STATUS } from './operator-labels';

const messages = defineMessages({
  'zh-CN': {
    title: '判重提示',
    idle: '输入主题或摘要后，这里列出已登记的相似信访件，供您询问来电人是否为同一事项。',
    searching: '正在查找相似信访件…',
    none: '没有找到相似的已登记信访件。',
    found: '找到 {n} 件相似信访件',
    similarity: '相似度',
    registered: '登记于 {time}',
    confidential: '保密件（检举控告），不显示内容',
    unit: '承办：{unit}',
    open: '查看 {caseNumber}',
    note: '是否并案由系统判重决定；如来电人所说为已登记事项，可告知其原编号。',
  },
  en: {
    title: 'Possible duplicates',
    idle: 'Type a subject or summary and registered petitions that look alike appear here, so you can ask the caller whether it is the same matter.',
    searching: 'Looking for similar petitions…',
    none: 'No similar registered petition found.',
    found: '{n} similar petitions found',
    similarity: 'Similarity',
    registered: 'Registered {time}',
    confidential: 'Confidential report: content not shown',
    unit: 'Handled by {unit}',
    open: 'Open {caseNumber}',
    note: 'Routing decides whether to link; if the caller means a registered matter, you can tell them its number.',
  },
});

/**
 * 判重提示: while the operator types, registered petitions that look like the same matter, best
 * first. The count is announced politely to screen readers; nothing of any petitioner is shown.
 */
export function DuplicateHints({ subject, text }: { subject: string; text: string }) {
  const t = useMessages(messages);
  const hints = useDuplicateCandidates(subject, text);
  const typed = `${subject} ${text}`.trim().length >= MIN_HINT_TEXT;
  const items = typed ? (hints.data ?? []) : [];
  const status = !typed ? t('idle') : hints.isFetching && !hints.data ? t('searching') : items.length ? t('found', { n: items.length }) : hints.isSuccess ? t('none') : '';
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('title')}</h2>} data-testid="duplicate-hints" aria-busy={hints.isFetching}>
      <Typography.Paragraph aria-live="polite" data-testid="duplicate-hints-status" style={{ marginBottom: items.length ? 12 : 0 }}>
        {status}
      </Typography.Paragraph>
      {typed && <ProblemAlert error={hints.error} style={{ marginBottom: 12 }} />}
      {items.length > 0 && (
        <>
          <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.map((item) => (
              <Hint key={item.petitionId} item={item} />
            ))}
          </ol>
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
            {t('note')}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

function Hint({ item }: { item: DuplicateCandidate }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const percent = Math.round(item.score * 100);
  return (
    <li data-testid="duplicate-hint" data-case-number={item.caseNumber} style={{ borderTop: '1px solid #f0f0f0', padding: '8px 0' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Link to={`/staff/operator/find?caseNumber=${encodeURIComponent(item.caseNumber)}`} aria-label={t('open', { caseNumber: item.caseNumber })}>
          <Typography.Text strong>{item.caseNumber}</Typography.Text>
        </Link>
        <Tag>{label(ROUTING_STATUS, item.status, lang)}</Tag>
      </Flex>
      {item.confidential ? (
        <Typography.Text type="secondary">{t('confidential')}</Typography.Text>
      ) : (
        <Typography.Paragraph style={{ margin: '4px 0' }} ellipsis={{ rows: 2 }}>
          {item.subject}
        </Typography.Paragraph>
      )}
      <Flex align="center" gap={8}>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {t('similarity')}
        </Typography.Text>
        <Progress percent={percent} size="small" showInfo={false} aria-label={`${t('similarity')} ${percent}%`} style={{ flex: 1, margin: 0 }} />
        <Typography.Text>{percent}%</Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {[t('registered', { time: formatDateTime(item.registeredAt, lang) }), ...item.reasons.map((r) => label(HINT_REASON, r, lang)), item.unitName ? t('unit', { unit: item.unitName }) : '']
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </li>
  );
}
