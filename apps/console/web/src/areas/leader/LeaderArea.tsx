import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../../app/App';
import { PageTitle } from '../../components/PageTitle';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { LeaderTheme } from './LeaderTheme';

const InstructionQueuePage = lazy(() => import('./InstructionQueuePage'));
const LeaderCasesPage = lazy(() => import('./LeaderCasesPage'));
const ExtensionsPage = lazy(() => import('./ExtensionsPage'));
const NotificationsPage = lazy(() => import('./NotificationsPage'));

const messages = defineMessages({
  'zh-CN': { notFound: '没有这个页面' },
  en: { notFound: 'No such page' },
});

function NotFound() {
  const t = useMessages(messages);
  return <PageTitle title={t('notFound')} />;
}

/** The district leader's screens: 待阅示件, 包案件, 延期审批, 提醒. */
export default function LeaderArea() {
  return (
    <LeaderTheme>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<InstructionQueuePage />} />
          <Route path="cases" element={<LeaderCasesPage />} />
          <Route path="extensions" element={<ExtensionsPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </LeaderTheme>
  );
}
