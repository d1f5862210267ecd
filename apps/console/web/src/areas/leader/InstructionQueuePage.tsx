import { Empty, Flex, Input, Segmented, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/session';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { InstructionItem } from './InstructionItem';
import { QUEUE_INTERVAL_MS, useInstructionQueue, useUnits } from './leader-api';
import { useNow } from './use-now';

const messages = defineMessages({
  'zh-CN': {
    title: '待阅示件',
    subtitle: '共 {n} 件待批示，按登记先后排列；其中紧急 {u} 件',
    filter: '筛选待阅示件',
    all: '全部',
    urgent: '紧急',
    mine: '写给我的',
    search: '搜索标题、内容或编号',
    searchLabel: '搜索待阅示件',
    empty: '暂无待批示的信访件',
    emptyFiltered: '没有符合条件的信访件',
    list: '待阅示件列表',
    shown: '显示 {n} 件',
  },
  en: {
    title: 'Items to instruct',
    subtitle: '{n} waiting for an instruction, oldest first; {u} urgent',
    filter: 'Filter the items',
    all: 'All',
    urgent: 'Urgent',
    mine: 'To my mailbox',
    search: 'Search subject, text or number',
    searchLabel: 'Search the items',
    empty: 'Nothing waits for an instruction',
    emptyFiltered: 'No item matches',
    list: 'Items to instruct',
    shown: '{n} shown',
  },
});

type Filter = 'all' | 'urgent' | 'mine';

/** 待阅示件: the items waiting for this leader's instruction (批示), polled. */
export default function InstructionQueuePage() {
  const t = useMessages(messages);
  const { session } = useSession();
  const queue = useInstructionQueue();
  const units = useUnits();
  const now = useNow();
  const [filter, setFilter] = useState<Filter>('all');
  const [params] = useSearchParams();
  const [search, setSearch] = useState(() => params.get('q') ?? '');

  const unitMap = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u])), [units.data]);
  const items = useMemo(() => queue.data ?? [], [queue.data]);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return items.filter(
      (i) =>
        (filter === 'all' || (filter === 'urgent' ? i.urgency === 'urgent' : !!i.leaderId && i.leaderId === session?.leaderId)) &&
        (!needle || `${i.subject} ${i.text} ${i.caseNumber}`.toLowerCase().includes(needle)),
    );
  }, [items, filter, search, session?.leaderId]);
  const urgentCount = items.filter((i) => i.urgency === 'urgent').length;

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={queue.data ? t('subtitle', { n: items.length, u: urgentCount }) : undefined}
        extra={<Freshness updatedAt={queue.dataUpdatedAt} fetching={queue.isFetching} intervalMs={QUEUE_INTERVAL_MS} onRefresh={() => void queue.refetch()} />}
      />
      <Flex wrap gap={12} justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Segmented<Filter>
          aria-label={t('filter')}
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `${t('all')} ${items.length}` },
            { value: 'urgent', label: `${t('urgent')} ${urgentCount}` },
            { value: 'mine', label: t('mine') },
          ]}
        />
        <Input.Search allowClear aria-label={t('searchLabel')} placeholder={t('search')} value={search} onChange={(e) => setSearch(e.target.value)} style={{ maxWidth: 320 }} />
      </Flex>
      <ProblemAlert error={queue.error} style={{ marginBottom: 12 }} />
      {queue.isLoading ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : shown.length === 0 ? (
        <Empty description={items.length ? t('emptyFiltered') : t('empty')} />
      ) : (
        <>
          <Typography.Text type="secondary" className="visually-hidden" aria-live="polite">
            {t('shown', { n: shown.length })}
          </Typography.Text>
          <ul aria-label={t('list')} data-testid="instruction-queue" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}>
            {shown.map((item) => (
              <li key={item.petitionId}>
                <InstructionItem item={item} units={unitMap} now={now} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
