import { ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { defineMessages, useLang, useMessages } from '../i18n/i18n';
import { formatTime } from '../i18n/format';

const messages = defineMessages({
  'zh-CN': { updated: '更新于 {time}', refreshing: '正在刷新…', every: '每 {n} 秒自动刷新', refresh: '立即刷新', stale: '（{n} 秒前）' },
  en: { updated: 'Updated {time}', refreshing: 'Refreshing…', every: 'refreshes every {n} s', refresh: 'Refresh now', stale: '({n} s ago)' },
});

/**
 * How fresh a polled list is: when it was last read, that it refreshes by itself, and a button to
 * refresh now. Announced politely to screen readers.
 */
export function Freshness({ updatedAt, fetching, intervalMs, onRefresh }: { updatedAt: number; fetching: boolean; intervalMs?: number; onRefresh?: () => void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, []);
  const ago = updatedAt ? Math.max(0, Math.round((now - updatedAt) / 1000)) : 0;
  return (
    <Space size={4} wrap>
      <Typography.Text type="secondary" aria-live="polite" data-testid="freshness">
        {fetching ? t('refreshing') : updatedAt ? `${t('updated', { time: formatTime(updatedAt, lang) })} ${ago >= 10 ? t('stale', { n: ago }) : ''}` : '—'}
        {intervalMs ? ` · ${t('every', { n: Math.round(intervalMs / 1000) })}` : ''}
      </Typography.Text>
      {onRefresh && <Button size="small" type="text" icon={<ReloadOutlined />} aria-label={t('refresh')} title={t('refresh')} onClick={onRefresh} />}
    </Space>
  );
}
