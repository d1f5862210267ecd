import { Typography } from 'antd';
import { Route, Routes } from 'react-router';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { BulletinsPage } from './BulletinsPage';
import { HotTopicsPage } from './HotTopicsPage';
import { OrdersPage } from './OrdersPage';
import { QueuesPage } from './QueuesPage';
import { SupervisorTheme } from './SupervisorTheme';

const messages = defineMessages({
  'zh-CN': { notFound: '没有这个页面' },
  en: { notFound: 'No such page' },
});

/** The supervision office's screens (督查室): queues, orders, bulletins, hot topics. */
export default function SupervisorArea() {
  const t = useMessages(messages);
  return (
    <SupervisorTheme>
        <Routes>
        <Route index element={<QueuesPage />} />
        <Route path="orders" element={<OrdersPage />} />
        <Route path="bulletins" element={<BulletinsPage />} />
        <Route path="hot-topics" element={<HotTopicsPage />} />
        <Route path="*" element={<Typography.Paragraph>{t('notFound')}</Typography.Paragraph>} />
      </Routes>
    </SupervisorTheme>
  );
}
