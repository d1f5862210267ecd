import { Segmented } from 'antd';
import { useLang, type Lang } from '../i18n/i18n';

export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={lang === 'en' ? 'Language' : '语言'}
      value={lang}
      onChange={setLang}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}
