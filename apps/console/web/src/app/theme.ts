import type { ThemeConfig } from 'antd';

// Government red-and-blue is avoided for body text; colours meet WCAG AA contrast on white.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    colorLink: '#1d4ed8',
    // Hover and pressed states keep white text readable (antd's lighter hover blue is 4.3:1).
    colorPrimaryHover: '#1e40af',
    colorPrimaryActive: '#1e3a8a',
    colorLinkHover: '#1e40af',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // Status colours dark enough for text on their light backgrounds (WCAG AA 4.5:1): Ant Design's
    // default green, amber and red (warning lights, 已超期, form errors) fall below it.
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00',
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    colorError: '#cf1322',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffa39e',
    borderRadius: 6,
    fontFamily: "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    // A table's "no data" line is drawn in the disabled colour, too pale to read (AA 4.5:1).
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
  },
};
