import { AlertOutlined, CheckOutlined, MailOutlined, TeamOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Empty, Flex, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { formatDateTime } from '../../i18n/format';
import { LIST_INTERVAL_MS, useInstructionQueue, useLeaderCases, useMarkNotificationRead, useNotifications, type LeaderNotification } from './leader-api';
import { signalLabel } from './leader-labels';

const messages = defineMessages({
  'zh-CN': {
    title: '提醒',
    subtitle: '紧急、重大、群体性事项即时报告，最新的在前；未读 {n} 条',
    filter: '筛选提醒',
    all: '全部',
    unread: '未读',
    read: '已读',
    readAt: '已读 · {time}',
    list: '提醒列表',
    case: '案件 {caseNumber}',
    signals: '触发原因：{s}',
    related: '同一事项相关来信 {n} 件',
    markRead: '标为已读',
    markAll: '全部标为已读',
    markedAll: '已将 {n} 条提醒标为已读',
    toInstruct: '去批示',
    toCases: '查看包案件',
    empty: '暂无提醒',
    emptyUnread: '没有未读提醒',
  },
  en: {
    title: 'Notifications',
    subtitle: 'Urgent, major and group matters reported at once, newest first; {n} unread',
    filter: 'Filter notifications',
    all: 'All',
    unread: 'Unread',
    read: 'Read',
    readAt: 'Read · {time}',
    list: 'Notifications',
    case: 'Case {caseNumber}',
    signals: 'Triggered by: {s}',
    related: '{n} related petitions on the same matter',
    markRead: 'Mark read',
    markAll: 'Mark all read',
    markedAll: '{n} notifications marked read',
    toInstruct: 'Instruct it',
    toCases: 'See my cases',
    empty: 'No notifications',
    emptyUnread: 'No unread notifications',
  },
});

const REASON_STYLE: Record<string, { color: string; icon: React.ReactNode }> = {
  urgent: { color: 'error', icon: <WarningOutlined /> },
  major: { color: 'warning', icon: <AlertOutlined /> },
  group: { color: 'purple', icon: <TeamOutlined /> },
};

type Filter = 'all' | 'unread';

/** 提醒: the leader's escalation notifications, newest first; unread ones marked in words and weight. */
export default function NotificationsPage() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>('all');
  const feed = useNotifications();
  const queue = useInstructionQueue();
  const cases = useLeaderCases();
  const markRead = useMarkNotificationRead();
  const [markingAll, setMarkingAll] = useState(false);

  const items = useMemo(() => [...(feed.data ?? [])].sort((a, b) => b.at.localeCompare(a.at)), [feed.data]);
  const unread = items.filter((i) => !i.read);
  const shown = filter === 'unread' ? unread : items;
  const waiting = useMemo(() => new Map((queue.data ?? []).map((i) => [i.petitionId, i.subject])), [queue.data]);
  const mine = useMemo(() => new Map((cases.data ?? []).map((c) => [c.petitionId, c.subject])), [cases.data]);

  const markAll = async () => {
    setMarkingAll(true);
    try {
      for (const n of unread) await markRead.mutateAsync(n.id);
      void message.success(t('markedAll', { n: unread.length }));
    } catch {
      // ProblemAlert shows the failure.
    } finally {
      setMarkingAll(false);
    }
  };

  const row = (n: LeaderNotification) => {
    const style = REASON_STYLE[n.reason] ?? { color: 'default', icon: <MailOutlined /> };
    const subject = waiting.get(n.petitionId) ?? mine.get(n.petitionId);
    return (
      <Card
        size="small"
        data-testid="notification-item"
        data-read={n.read ? 'true' : 'false'}
        style={{ borderInlineStart: n.read ? '4px solid #d9d9d9' : '4px solid #1d4ed8', background: n.read ? '#fafafa' : '#fff' }}
      >
        <Flex justify="space-between" wrap gap={8} align="flex-start">
          <Space orientation="vertical" size={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
            <Space size={[6, 4]} wrap>
              {n.read ? (
                <Tag>{t('read')}</Tag>
              ) : (
                <Badge dot offset={[-2, 2]}>
                  <Tag color="blue" style={{ fontWeight: 600 }}>
                    {t('unread')}
                  </Tag>
                </Badge>
              )}
              <Tag color={style.color} icon={style.icon}>
                {n.reasonLabel[lang]}
              </Tag>
              <Typography.Text strong={!n.read}>{t('case', { caseNumber: n.caseNumber })}</Typography.Text>
            </Space>
            {subject && <Typography.Text strong={!n.read}>{subject}</Typography.Text>}
            <Typography.Text type="secondary">
              {[n.signals.length ? t('signals', { s: n.signals.map((s) => signalLabel(s, lang)).join('、') }) : '', n.relatedPetitionIds.length ? t('related', { n: n.relatedPetitionIds.length }) : '']
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <time dateTime={n.at}>{formatDateTime(n.at, lang)}</time>
              {n.read && n.readAt ? ` · ${t('readAt', { time: formatDateTime(n.readAt, lang) })}` : ''}
            </Typography.Text>
          </Space>
          <Space size={4} wrap>
            {waiting.has(n.petitionId) && (
              <Button size="small" type="primary" onClick={() => void navigate(`/staff/leader?q=${encodeURIComponent(n.caseNumber)}`)}>
                {t('toInstruct')}
              </Button>
            )}
            {mine.has(n.petitionId) && <Link to="/staff/leader/cases">{t('toCases')}</Link>}
            {!n.read && (
              <Button size="small" icon={<CheckOutlined />} onClick={() => markRead.mutate(n.id)} loading={markRead.isPending && markRead.variables === n.id} aria-label={`${t('markRead')} ${n.caseNumber}`}>
                {t('markRead')}
              </Button>
            )}
          </Space>
        </Flex>
      </Card>
    );
  };

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={feed.data ? t('subtitle', { n: unread.length }) : undefined}
        extra={<Freshness updatedAt={feed.dataUpdatedAt} fetching={feed.isFetching} intervalMs={LIST_INTERVAL_MS} onRefresh={() => void feed.refetch()} />}
      />
      <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 12 }}>
        <Segmented<Filter>
          aria-label={t('filter')}
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `${t('all')} ${items.length}` },
            { value: 'unread', label: `${t('unread')} ${unread.length}` },
          ]}
        />
        <Button icon={<CheckOutlined />} disabled={unread.length === 0} loading={markingAll} onClick={() => void markAll()}>
          {t('markAll')}
        </Button>
      </Flex>
      <ProblemAlert error={feed.error ?? markRead.error} style={{ marginBottom: 12 }} />
      {feed.isLoading ? (
        <Skeleton active paragraph={{ rows: 5 }} />
      ) : shown.length === 0 ? (
        <Empty description={filter === 'unread' ? t('emptyUnread') : t('empty')} />
      ) : (
        <ul aria-label={t('list')} data-testid="notifications" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
          {shown.map((n) => (
            <li key={n.id}>{row(n)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
