import { Button, Descriptions, Drawer, Flex, Grid, Skeleton, Tag, Timeline, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert';
import { WarningLight } from '../../components/WarningLight';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { DEADLINE_LABELS } from './labels';
import { useTimeline } from './supervisor-api';

const messages = defineMessages({
  'zh-CN': {
    title: '办理全程记录',
    summary: '案件概况',
    events: '办理经过',
    status: '状态',
    unit: '主办单位',
    light: '警示灯',
    due: '当前期限',
    received: '登记时间',
    acceptBy: '受理期限',
    handleBy: '办理期限',
    extensions: '延期次数',
    replies: '答复',
    ratings: '评价',
    supervision: '提醒 / 督办',
    counts: '提醒 {reminders} 次 · 督办 {orders} 次',
    none: '暂无',
    onTime: '按期',
    late: '超期',
    issue: '督办',
    close: '关闭',
    noEvents: '尚无记录',
  },
  en: {
    title: 'Case timeline',
    summary: 'Case at a glance',
    events: 'What happened',
    status: 'Status',
    unit: 'Lead unit',
    light: 'Warning light',
    due: 'Current deadline',
    received: 'Registered',
    acceptBy: 'Accept by',
    handleBy: 'Handle by',
    extensions: 'Extensions',
    replies: 'Replies',
    ratings: 'Ratings',
    supervision: 'Reminders / orders',
    counts: '{reminders} reminders · {orders} orders',
    none: 'None',
    onTime: 'on time',
    late: 'late',
    issue: 'Supervise',
    close: 'Close',
    noEvents: 'Nothing recorded yet',
  },
});

/** A case's timeline (办理全程记录) and derived state, beside the queue it was opened from. */
export function TimelineDrawer({ petitionId, onClose, onIssue }: { petitionId: string | null; onClose: () => void; onIssue?: (target: { petitionId: string; caseNumber?: string; unitName?: string }) => void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const screens = Grid.useBreakpoint();
  const { data, error, isLoading } = useTimeline(petitionId ?? undefined);
  const caseNumber = data?.caseNumber ?? petitionId ?? '';

  return (
    <Drawer
      open={!!petitionId}
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      title={`${t('title')} · ${caseNumber}`}
      closable={{ 'aria-label': t('close') }}
      styles={{ body: { padding: 0, overflow: 'hidden' } }}
      extra={
        data?.open && onIssue ? (
          <Button type="primary" danger onClick={() => onIssue({ petitionId: data.petitionId, caseNumber: data.caseNumber, unitName: data.leadUnit?.name ?? data.leadUnit?.unitId })}>
            {t('issue')}
          </Button>
        ) : undefined
      }
    >
      {/* The scrolling part takes focus, so the record can be scrolled from the keyboard. */}
      <div role="region" aria-label={`${t('title')} ${caseNumber}`} tabIndex={0} style={{ height: '100%', overflowY: 'auto', padding: 24 }}>
        <ProblemAlert error={error} />
        {isLoading && <Skeleton active />}
        {data && (
          <Flex vertical gap={16}>
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('summary')}
            </Typography.Title>
            <Descriptions size="small" bordered column={1} styles={{ label: { width: 120 } }}>
              <Descriptions.Item label={t('status')}>{data.statusLabel}</Descriptions.Item>
              <Descriptions.Item label={t('unit')}>{data.leadUnit?.name ?? data.leadUnit?.unitId ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('light')}>
                <WarningLight light={data.warning.light} />
              </Descriptions.Item>
              {data.warning.dueAt && (
                <Descriptions.Item label={t('due')}>
                  {data.warning.deadline ? `${DEADLINE_LABELS[data.warning.deadline]?.[lang] ?? ''} ` : ''}
                  {formatDateTime(data.warning.dueAt, lang)}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('received')}>{formatDateTime(data.deadlines.receivedAt, lang)}</Descriptions.Item>
              <Descriptions.Item label={t('acceptBy')}>{formatDateTime(data.deadlines.acceptBy, lang)}</Descriptions.Item>
              <Descriptions.Item label={t('handleBy')}>{formatDateTime(data.deadlines.handleBy, lang)}</Descriptions.Item>
              <Descriptions.Item label={t('extensions')}>{data.deadlines.extensions}</Descriptions.Item>
              <Descriptions.Item label={t('replies')}>
                {data.replies.length === 0
                  ? t('none')
                  : data.replies.map((r) => (
                      <div key={r.round}>
                        {formatDateTime(r.repliedAt, lang)} · {r.outcomeLabel}
                        {r.onTime !== null && <Tag style={{ marginInlineStart: 8 }} color={r.onTime ? 'success' : 'error'}>{r.onTime ? t('onTime') : t('late')}</Tag>}
                      </div>
                    ))}
              </Descriptions.Item>
              <Descriptions.Item label={t('ratings')}>
                {data.ratings.length === 0
                  ? t('none')
                  : data.ratings.map((r) => (
                      <div key={r.round}>
                        {formatDateTime(r.ratedAt, lang)} · {r.satisfactionLabel}
                      </div>
                    ))}
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision')}>{t('counts', { reminders: data.supervision.reminders, orders: data.supervision.orders })}</Descriptions.Item>
            </Descriptions>
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('events')}
            </Typography.Title>
            {data.events.length === 0 ? (
              <Typography.Text type="secondary">{t('noEvents')}</Typography.Text>
            ) : (
              <Timeline
                titleSpan="150px"
                items={data.events.map((e) => ({
                  key: e.eventId,
                  color: e.type.startsWith('supervision.') ? 'red' : 'blue',
                  title: formatDateTime(e.occurredAt, lang),
                  content: (
                    <>
                      <Typography.Text strong>{e.title[lang]}</Typography.Text>
                      <div>
                        <Typography.Text type="secondary">{e.summary}</Typography.Text>
                      </div>
                    </>
                  ),
                }))}
              />
            )}
          </Flex>
        )}
      </div>
    </Drawer>
  );
}
