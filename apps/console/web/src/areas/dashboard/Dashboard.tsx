import { Space } from 'antd';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Loading } from '../../app/App';
import { useSession, type Role } from '../../auth/session';
import { PageTitle } from '../../components/PageTitle';
import { defineMessages, useMessages } from '../../i18n/i18n';

const messages = defineMessages({
  'zh-CN': { title: '工作概览' },
  en: { title: 'Dashboard' },
});

// Each area draws the numbers its people care about; a person with several roles sees each.
const PANELS: { roles: Role[]; panel: LazyExoticComponent<ComponentType> }[] = [
  { roles: ['registrar', 'channel'], panel: lazy(() => import('../operator/OperatorDashboard')) },
  { roles: ['leader'], panel: lazy(() => import('../leader/LeaderDashboard')) },
  { roles: ['unit'], panel: lazy(() => import('../unit/UnitDashboard')) },
  { roles: ['supervisor', 'joint-office', 'review-office', 're-review-office'], panel: lazy(() => import('../supervisor/SupervisorDashboard')) },
  { roles: ['organization-department'], panel: lazy(() => import('../organization/OrganizationDashboard')) },
];

/** Everyone's first screen after sign-in: their numbers, as charts where a person would rather look. */
export default function Dashboard() {
  const t = useMessages(messages);
  const { session } = useSession();
  const roles = session?.roles ?? [];
  const panels = PANELS.filter((p) => roles.includes('admin') ? p.roles[0] === 'supervisor' : p.roles.some((r) => roles.includes(r)));
  return (
    <>
      <PageTitle title={t('title')} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {panels.map(({ panel: Panel }, i) => (
          <Suspense key={i} fallback={<Loading />}>
            <Panel />
          </Suspense>
        ))}
      </Space>
    </>
  );
}
