import { useMemo } from 'react';
import { useLang } from '../i18n/i18n';
import { useSession } from '../auth/session';
import { download, request, type RequestOptions, type Service } from './client';

type Options = Omit<RequestOptions, 'lang' | 'token'>;

/** The API bound to the signed-in person's token and the chosen language. */
export function useApi() {
  const { lang } = useLang();
  const { session, signOut } = useSession();
  const token = session?.token;
  return useMemo(() => {
    const call = async <T,>(service: Service, path: string, options: Options = {}): Promise<T> => {
      try {
        return await request<T>(service, path, { ...options, lang, token });
      } catch (error) {
        // An expired or revoked token: back to sign-in rather than a page of errors.
        if (token && (error as { status?: number }).status === 401) signOut();
        throw error;
      }
    };
    return {
      get: <T,>(service: Service, path: string, options: Options = {}) => call<T>(service, path, { ...options, method: 'GET' }),
      post: <T,>(service: Service, path: string, body?: unknown, options: Options = {}) => call<T>(service, path, { ...options, method: 'POST', body: body ?? {} }),
      put: <T,>(service: Service, path: string, body?: unknown, options: Options = {}) => call<T>(service, path, { ...options, method: 'PUT', body: body ?? {} }),
      download: (service: Service, path: string, filename: string) => download(service, path, filename, { lang, token }),
    };
  }, [lang, token, signOut]);
}

export type Api = ReturnType<typeof useApi>;
