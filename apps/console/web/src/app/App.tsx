import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { Locale } from 'antd/es/locale';
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionProvider } from '../auth/session';
import { Loading } from '../components/Loading';
import { LangProvider, useLang } from '../i18n/i18n';
import { theme } from './theme';

// Every area is its own chunk: the petitioner's first load carries none of the staff screens.
const PetitionerArea = lazy(() => import('../areas/petitioner/PetitionerArea'));
const SignInPage = lazy(() => import('../auth/SignInPage'));
const SignInCallback = lazy(() => import('../auth/SignInCallback'));
const StaffArea = lazy(() => import('./StaffArea'));


export { Loading };

/** "No data" readable at AA contrast (Ant Design's default empty text is too pale). */
function EmptyText({ lang }: { lang: string }) {
  return <div style={{ color: 'rgba(0, 0, 0, 0.65)', padding: 16, textAlign: 'center' }}>{lang === 'en' ? 'No data' : '暂无数据'}</div>;
}

function Localized({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  // zh-CN comes with the first load; Ant Design's English texts only when someone switches.
  const [enUS, setEnUS] = useState<Locale>();
  useEffect(() => {
    if (lang === 'en' && !enUS) void import('antd/locale/en_US').then((m) => setEnUS(m.default));
  }, [lang, enUS]);
  // People who ask their system for less motion get none (WCAG 2.3.3).
  const [reducedMotion] = useState(() => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches);
  const themed = useMemo(() => (reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme), [reducedMotion]);
  return (
    <ConfigProvider locale={lang === 'en' && enUS ? enUS : zhCN} theme={themed} button={{ autoInsertSpace: false }} renderEmpty={() => <EmptyText lang={lang} />}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <LangProvider>
      <Localized>
        <SessionProvider>
          <BrowserRouter>
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path="/signin" element={<SignInPage />} />
                <Route path="/signin/callback" element={<SignInCallback />} />
                <Route path="/staff/*" element={<StaffArea />} />
                <Route path="/*" element={<PetitionerArea />} />
              </Routes>
            </Suspense>
          </BrowserRouter>
        </SessionProvider>
      </Localized>
    </LangProvider>
  );
}
