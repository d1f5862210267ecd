import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * Status colours dark enough for text on their light tag backgrounds (WCAG AA 4.5:1): the default
 * green, gold and red of antd's status tags (the warning lights, 已超期) are below it. Nested, so
 * everything else keeps the console's theme. Buttons keep their words whole (受理, not 受 理), so
 * their accessible names are the words a person reads.
 */
const THEME = {
  token: {
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00',
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    colorError: '#cf1322',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffa39e',
  },
};

export function UnitTheme({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={THEME} button={{ autoInsertSpace: false }}>{children}</ConfigProvider>;
}
