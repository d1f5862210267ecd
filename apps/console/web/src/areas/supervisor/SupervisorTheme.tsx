import { ConfigProvider, type ThemeConfig } from 'antd';
import type { ReactNode } from 'react';

/**
 * Status colours dark enough for text (WCAG AA 4.5:1 on white and on their tag tints): antd's
 * defaults (#ff4d4f, #52c41a, #faad14) fail as the text of tags, danger buttons and danger text,
 * and these screens are full of red, yellow and green words. Inherits the app's theme and locale.
 */
const theme: ThemeConfig = { token: { colorError: '#c4101b', colorWarning: '#8a4f00', colorWarningBg: '#fff7e0', colorWarningBorder: '#f0c36d', colorSuccess: '#237804', colorSuccessBg: '#f1faea', colorSuccessBorder: '#b7eb8f', colorErrorBg: '#fff1f0', colorErrorBorder: '#ffa39e' } };

export function SupervisorTheme({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider theme={theme} button={{ autoInsertSpace: false }}>
      {children}
    </ConfigProvider>
  );
}

export const DANGER_TEXT = '#c4101b';
