import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Menu, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/use-api';
import { useSession, type Session } from '../auth/session';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { defineMessages, useLang, useMessages } from '../i18n/i18n';
import { Loading } from './App';
import { menuFor } from './staff-menu';
import { WithQueries } from './WithQueries';

const Dashboard = lazy(() => import('../areas/dashboard/Dashboard'));
const OperatorArea = lazy(() => import('../areas/operator/OperatorArea'));
const LeaderArea = lazy(() => import('../areas/leader/LeaderArea'));
const UnitArea = lazy(() => import('../areas/unit/UnitArea'));
const SupervisorArea = lazy(() => import('../areas/supervisor/SupervisorArea'));
const OrganizationArea = lazy(() => import('../areas/organization/OrganizationArea'));

const messages = defineMessages({
  'zh-CN': { brand: '阳光信访 · 工作平台', skip: '跳到主要内容', signOut: '退出登录', nav: '主导航', notFound: '没有这个页面', menu: '菜单' },
  en: { brand: 'Sunshine Petitions · Staff', skip: 'Skip to main content', signOut: 'Sign out', nav: 'Main navigation', notFound: 'No such page', menu: 'Menu' },
});

const ROLE_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  channel: { 'zh-CN': '渠道', en: 'Channel' },
  registrar: { 'zh-CN': '登记员/话务员', en: 'Registrar / operator' },
  leader: { 'zh-CN': '领导', en: 'Leader' },
  unit: { 'zh-CN': '责任单位', en: 'Unit' },
  'joint-office': { 'zh-CN': '信联办', en: 'Joint office' },
  supervisor: { 'zh-CN': '督查室', en: 'Supervisor' },
  'organization-department': { 'zh-CN': '组织部', en: 'Organization dept.' },
  'review-office': { 'zh-CN': '复查机关', en: 'Review office' },
  're-review-office': { 'zh-CN': '复核机关', en: 'Re-review office' },
  admin: { 'zh-CN': '管理员', en: 'Administrator' },
};

/** Who is signed in, in words: roles, then the unit's and leader's names (not their ids) once known. */
function SignedInAs({ session }: { session: Session }) {
  const { lang } = useLang();
  const api = useApi();
  const units = useQuery({
    queryKey: ['directory', 'units'],
    enabled: Boolean(session.unitId),
    staleTime: 30 * 60_000,
    queryFn: ({ signal }) => api.get<{ units: { id: string; name: string }[] }>('routing', '/v1/units', { signal }).then((r) => r.units),
  });
  const leaders = useQuery({
    queryKey: ['directory', 'leaders'],
    enabled: Boolean(session.leaderId),
    staleTime: 30 * 60_000,
    queryFn: ({ signal }) => api.get<{ leaders: { id: string; name: string }[] }>('routing', '/v1/leaders', { signal }).then((r) => r.leaders),
  });
  const unit = session.unitId && (units.data?.find((u) => u.id === session.unitId)?.name ?? session.unitId);
  const leader = session.leaderId && (leaders.data?.find((l) => l.id === session.leaderId)?.name ?? session.leaderId);
  return <>{[session.roles.map((r) => ROLE_NAMES[r]?.[lang] ?? r).join('、'), unit, leader, session.name].filter(Boolean).join(' · ')}</>;
}

/** Everything behind sign-in: the side menu for the person's roles and each area's screens. */
function StaffAreaPage() {
  const { session, signOut } = useSession();
  const location = useLocation();
  const t = useMessages(messages);
  const { lang } = useLang();
  // Phones get the menu in a drawer behind a header button, so nothing overlaps the page.
  const narrow = !Grid.useBreakpoint().lg;
  const [menuOpen, setMenuOpen] = useState(false);
  if (!session) return <Navigate to={`/signin?returnTo=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  const entries = menuFor(session.roles);
  const selected = [...entries].sort((a, b) => b.path.length - a.path.length).find((e) => location.pathname === e.path || location.pathname.startsWith(`${e.path}/`));
  const menu = (onNavigate?: () => void) => (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected.path] : []}
      items={entries.map((e) => ({ key: e.path, label: <Link to={e.path} onClick={onNavigate}>{e.label[lang]}</Link> }))}
    />
  );
  const who = <SignedInAs session={session} />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <Layout.Header style={{ background: '#0b2a6f', paddingInline: 16, display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12 }}>
        <Flex gap={8} align="center" style={{ minWidth: 0 }}>
          {narrow && <Button size="small" icon={<MenuOutlined />} aria-label={t('menu')} aria-expanded={menuOpen} onClick={() => setMenuOpen(true)} />}
          <Typography.Text strong style={{ color: '#fff', fontSize: narrow ? 14 : 16, whiteSpace: 'nowrap' }}>
            {t('brand')}
          </Typography.Text>
        </Flex>
        <Flex gap={narrow ? 6 : 12} align="center" style={{ minWidth: 0 }}>
          {!narrow && (
            <Typography.Text style={{ color: '#fff' }} ellipsis data-testid="signed-in-as">
              {who}
            </Typography.Text>
          )}
          <LanguageSwitch />
          <Button size="small" icon={<LogoutOutlined />} onClick={signOut} aria-label={t('signOut')}>
            {narrow ? null : t('signOut')}
          </Button>
        </Flex>
      </Layout.Header>
      <Layout>
        {narrow ? (
          <Drawer open={menuOpen} onClose={() => setMenuOpen(false)} placement="left" size={240} title={who} styles={{ body: { padding: 0 } }}>
            <nav aria-label={t('nav')}>{menu(() => setMenuOpen(false))}</nav>
          </Drawer>
        ) : (
          <Layout.Sider width={200} theme="light">
            <nav aria-label={t('nav')}>{menu()}</nav>
          </Layout.Sider>
        )}
        <Layout.Content id="main" tabIndex={-1} role="main" style={{ padding: 16, minWidth: 0 }}>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route index element={<Dashboard />} />
              <Route path="operator/*" element={<OperatorArea />} />
              <Route path="leader/*" element={<LeaderArea />} />
              <Route path="unit/*" element={<UnitArea />} />
              <Route path="supervisor/*" element={<SupervisorArea />} />
              <Route path="organization/*" element={<OrganizationArea />} />
              <Route path="*" element={<Typography.Paragraph>{t('notFound')}</Typography.Paragraph>} />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** With the shared query cache (provided here, not by the shell: see app/query-client.ts). */
export default function StaffArea() {
  return (
    <WithQueries>
      <StaffAreaPage />
    </WithQueries>
  );
}
