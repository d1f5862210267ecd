import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** The console's two languages: zh-CN by default, English switchable (kept per browser). */
export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** A page's texts in both languages; every key must exist in both (checked by the type). */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

export function defineMessages<K extends string>(messages: { 'zh-CN': Record<K, string>; en: Record<K, string> }): Messages<K> {
  return messages;
}

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

const LangContext = createContext<LangState>({ lang: 'zh-CN', setLang: () => undefined });
const STORAGE_KEY = 'sunshine.lang';

function initialLang(): Lang {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'en' ? 'en' : 'zh-CN';
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}

/** `{name}` placeholders filled from vars. */
export function format(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** `const t = useMessages(messages); t('title', { n: 3 })` */
export function useMessages<K extends string>(messages: Messages<K>): (key: K, vars?: Record<string, string | number>) => string {
  const { lang } = useLang();
  return useCallback((key: K, vars?: Record<string, string | number>) => format(messages[lang][key] ?? messages['zh-CN'][key] ?? key, vars), [messages, lang]);
}

/** A vocabulary entry from libs/contracts (`{ 'zh-CN': …, en: … }`) in the current language. */
export function useLabel(): (entry: { 'zh-CN': string; en: string } | undefined, fallback?: string) => string {
  const { lang } = useLang();
  return useCallback((entry, fallback = '') => (entry ? entry[lang] : fallback), [lang]);
}
