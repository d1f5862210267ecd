import { Button, Card, Col, Flex, Row, Statistic } from 'antd';
import { useMemo, useState, type Key } from 'react';
import { useSession } from '../../auth/session';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { BulkAccept } from './BulkAccept';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseTable } from './CaseTable';
import { toRows } from './case-clock';
import { matches, type CaseFilters } from './saved-filters';
import { POLL_MS, useCases, useDueVisits, useUnitName } from './unit-api';

const messages = defineMessages({
  'zh-CN': { title: '案件工作台', subtitle: '{unit} · 受理、办理、答复本单位案件', toAccept: '待受理', handling: '办理中', red: '红灯', orders: '未回复督办单', visits: '待回访', selectAll: '全选待受理', clearSelection: '取消选择' },
  en: { title: 'Case workbench', subtitle: '{unit} · accept, handle and reply to your cases', toAccept: 'To accept', handling: 'Being handled', red: 'Red', orders: 'Open orders', visits: 'Visits due', selectAll: 'Select all to accept', clearSelection: 'Clear selection' },
});

/** 案件工作台: the unit's cases with lights and due times, filters (saved per unit), bulk acceptance. */
export default function Workbench() {
  const t = useMessages(messages);
  const { session } = useSession();
  const unitName = useUnitName();
  const cases = useCases();
  const visits = useDueVisits();
  const [filters, setFilters] = useState<CaseFilters>({});
  const [selected, setSelected] = useState<Key[]>([]);

  const rows = useMemo(() => toRows(cases.data, visits.data?.items, session?.unitId), [cases.data, visits.data, session?.unitId]);
  const shown = useMemo(() => rows.filter((r) => matches(r, filters)), [rows, filters]);
  const selectedCases = rows.filter((r) => selected.includes(r.c.petitionId) && r.c.status === 'assigned').map((r) => r.c);

  const count = (pred: (r: (typeof rows)[number]) => boolean) => rows.filter(pred).length;
  const stats = [
    { key: 'toAccept', value: count((r) => r.lead && r.c.status === 'assigned') },
    { key: 'handling', value: count((r) => r.c.status === 'accepted' || r.c.status === 'reopened') },
    { key: 'red', value: count((r) => r.light === 'red') },
    { key: 'orders', value: count((r) => !!r.orderDue) },
    { key: 'visits', value: visits.data?.items.length ?? 0 },
  ] as const;

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={t('subtitle', { unit: session?.unitId ? unitName(session.unitId) : '—' })}
        extra={<Freshness updatedAt={cases.dataUpdatedAt} fetching={cases.isFetching} intervalMs={POLL_MS} onRefresh={() => void cases.refetch()} />}
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {stats.map((s) => (
          <Col key={s.key} xs={12} sm={8} md={8} lg={4}>
            <Card size="small">
              <Statistic title={t(s.key)} value={s.value} loading={cases.isLoading} />
            </Card>
          </Col>
        ))}
      </Row>
      <ProblemAlert error={cases.error ?? visits.error} style={{ marginBottom: 12 }} />
      <CaseFilterBar unitId={session?.unitId} value={filters} onChange={setFilters} />
      <Flex gap={8} style={{ marginBottom: 8 }} wrap>
        <Button onClick={() => setSelected(shown.filter((r) => r.lead && r.c.status === 'assigned').map((r) => r.c.petitionId))}>{t('selectAll')}</Button>
        {selected.length > 0 && <Button onClick={() => setSelected([])}>{t('clearSelection')}</Button>}
        <BulkAccept cases={selectedCases} onDone={() => setSelected([])} />
      </Flex>
      <CaseTable rows={shown} loading={cases.isLoading} selected={selected} onSelect={setSelected} />
    </>
  );
}
