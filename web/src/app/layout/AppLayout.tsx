import { useState } from 'react';
import { Outlet } from 'react-router';
import { Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePublicConfig } from '../../features/auth/api/hooks';
import { HeaderBar } from './HeaderBar';
import { SideMenu } from './SideMenu';

export function AppLayout() {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  const config = usePublicConfig();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220}>
        <div className="app-logo" title={t('app.name')}>
          <span aria-hidden>巡</span>
          {!collapsed && <span>{t('app.shortName')}</span>}
        </div>
        <SideMenu />
      </Layout.Sider>
      <Layout>
        <HeaderBar />
        <Layout.Content style={{ margin: 16 }}>
          <Outlet />
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', padding: '8px 16px' }}>
          <Typography.Text type="secondary">
            {t('app.name')}
            {config.data ? ` · ${t('app.version', { version: config.data.version })}` : ''}
          </Typography.Text>
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
