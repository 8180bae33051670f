import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ConfigProvider, Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/layout/LanguageSwitch';

/**
 * The frame of the public reporting pages: no login, no staff menu, one narrow column with large
 * controls so that it reads and types well on a phone (375 px) as on a desktop.
 */
export function PublicShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();

  useEffect(() => {
    const previous = document.title;
    document.title = `${title} · ${t('publicReport.portalTitle')}`;
    return () => {
      document.title = previous;
    };
  }, [title, t]);

  return (
    <Layout style={{ minHeight: '100vh', background: '#f3f4f6' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 8,
          background: '#a8071a',
          paddingInline: 16,
        }}
      >
        <Typography.Title
          level={4}
          style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}
          data-testid="public-report-title"
        >
          {title}
        </Typography.Title>
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content style={{ padding: 12, maxWidth: 720, width: '100%', margin: '0 auto' }}>
        <ConfigProvider componentSize="large">{children}</ConfigProvider>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', background: 'transparent', padding: 16 }}>
        <Space separator="|" wrap>
          <Link to="/report" data-testid="public-report-nav-report">
            {t('publicReport.nav.report')}
          </Link>
          <Link to="/report/status" data-testid="public-report-nav-status">
            {t('publicReport.nav.status')}
          </Link>
        </Space>
      </Layout.Footer>
    </Layout>
  );
}
