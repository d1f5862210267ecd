import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * Status tags (warning lights, urgency) in darker text: antd's default status colours on their
 * light backgrounds fall below WCAG AA contrast (e.g. #ff4d4f on #fff2f0 is 2.98:1), and so does
 * the default error red of form messages on white (3.26:1).
 */
const TAG_TEXT = { colorSuccess: '#237804', colorError: '#a8071a', colorWarning: '#874d00', colorInfo: '#1d39c4' };

export function LeaderTheme({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={{ token: { colorError: '#cf1322' }, components: { Tag: TAG_TEXT } }}>{children}</ConfigProvider>;
}
