import { Layout, Space, Tag, Typography, theme } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCan, useSession } from '../../features/auth/session';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

export function HeaderBar() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { user } = useSession();
  const canReadNotifications = useCan('notifications.read');

  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        padding: '0 16px',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 16,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <Space size="middle" style={{ minWidth: 0 }}>
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Title>
        <Tag icon={<EnvironmentOutlined />} data-testid="jurisdiction-name">
          {user.jurisdictionName}
        </Tag>
      </Space>
      <Space size="large">
        <LanguageSwitch />
        {canReadNotifications && <NotificationBell />}
        <UserMenu />
      </Space>
    </Layout.Header>
  );
}
