import { Flex, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useMessages } from '../../i18n/i18n';
import { layoutMessages } from './petitioner-messages';

const linkStyle = ({ isActive }: { isActive: boolean }) => ({
  color: '#fff',
  padding: '4px 2px',
  borderBottom: isActive ? '2px solid #fff' : '2px solid transparent',
  whiteSpace: 'nowrap' as const,
});

/** The citizen's pages: brand, three links, the language, and the privacy promise at the foot. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const t = useMessages(layoutMessages);
  return (
    <Layout style={{ minHeight: '100vh', background: '#f3f5f9' }}>
      <a className="skip-link" href="#main">
        跳到主要内容 / Skip to content
      </a>
      <header style={{ background: '#0b2a6f', color: '#fff', padding: '10px 16px' }}>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ maxWidth: 880, margin: '0 auto' }}>
          <Link to="/" style={{ color: '#fff' }}>
            <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
              {t('brand')}
            </Typography.Text>
            <Typography.Text style={{ color: '#dbe4ff', fontSize: 12, marginInlineStart: 8 }} className="tagline">
              {t('tagline')}
            </Typography.Text>
          </Link>
          <LanguageSwitch />
        </Flex>
        <nav aria-label={t('nav')} style={{ maxWidth: 880, margin: '8px auto 0' }}>
          <Flex gap={20} wrap>
            <NavLink to="/" end style={linkStyle}>
              {t('submit')}
            </NavLink>
            <NavLink to="/progress" style={linkStyle}>
              {t('progress')}
            </NavLink>
            <NavLink to="/signin" style={linkStyle}>
              {t('staff')}
            </NavLink>
          </Flex>
        </nav>
      </header>
      <main id="main" tabIndex={-1} style={{ width: '100%', maxWidth: 880, margin: '0 auto', padding: '16px 12px 32px', boxSizing: 'border-box' }}>
        {children}
      </main>
      <footer style={{ maxWidth: 880, margin: '0 auto', padding: '0 12px 24px', boxSizing: 'border-box' }}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 4 }}>
          {t('privacy')}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('law')}
        </Typography.Paragraph>
      </footer>
    </Layout>
  );
}
