import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionProvider } from '../auth/session';
import { LangProvider, useLang } from '../i18n/i18n';
import { theme } from './theme';

// Every area is its own chunk: the petitioner's first load carries none of the staff screens.
const PetitionerArea = lazy(() => import('../areas/petitioner/PetitionerArea'));
const SignInPage = lazy(() => import('../auth/SignInPage'));
const SignInCallback = lazy(() => import('../auth/SignInCallback'));
const StaffArea = lazy(() => import('./StaffArea'));

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 5_000, refetchOnWindowFocus: true }, mutations: { retry: 0 } },
});

export function Loading() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin aria-label="加载中 / Loading" />
    </div>
  );
}

function Localized({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <LangProvider>
      <Localized>
        <QueryClientProvider client={queryClient}>
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
        </QueryClientProvider>
      </Localized>
    </LangProvider>
  );
}
