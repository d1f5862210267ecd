import { Button, Flex, Typography } from 'antd';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { QUICK_PHRASES } from './leader-labels';

const messages = defineMessages({
  'zh-CN': { phrases: '常用批示语', hint: '点击插入：' },
  en: { phrases: 'Common phrases', hint: 'Click to insert:' },
});

/** Append a phrase to what is written (or start with it). */
export function withPhrase(current: string | undefined, phrase: string): string {
  const text = (current ?? '').trim();
  return text ? `${text}${/[。！？.!?]$/.test(text) ? '' : '。'}${phrase}` : phrase;
}

/** A row of quick phrases for an instruction or a comment; each a real button, so keyboard usable. */
export function QuickPhrases({ onPick, phrases }: { onPick: (phrase: string) => void; phrases?: { 'zh-CN': string; en: string }[] }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  return (
    <Flex role="group" aria-label={t('phrases')} wrap gap={6} align="center" style={{ marginTop: 6 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('hint')}
      </Typography.Text>
      {(phrases ?? QUICK_PHRASES).map((p) => (
        <Button key={p['zh-CN']} size="small" onClick={() => onPick(p[lang])} style={{ whiteSpace: 'normal', height: 'auto', textAlign: 'start' }}>
          {p[lang]}
        </Button>
      ))}
    </Flex>
  );
}
