import { useNavigate } from 'react-router';
import { Avatar, Dropdown, Space } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../../features/auth/api/hooks';
import { useCan, useSession } from '../../features/auth/session';

export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const canProfile = useCan('profile.read');
  const logout = useLogout();

  const items = [
    ...(canProfile
      ? [
          {
            key: 'profile',
            icon: <UserOutlined />,
            label: <span data-testid="profile-link">{t('header.profile')}</span>,
          },
        ]
      : []),
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: <span data-testid="logout">{t('header.logout')}</span>,
    },
  ];

  const onClick = ({ key }: { key: string }) => {
    if (key === 'profile') void navigate('/profile');
    if (key === 'logout') {
      // Leave even if the server call fails: the user asked to go, and the cache is cleared.
      logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
    }
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <a data-testid="user-menu" role="button" onClick={(e) => e.preventDefault()}>
        <Space>
          <Avatar size="small" icon={<UserOutlined />} />
          <span>{user.displayName}</span>
        </Space>
      </a>
    </Dropdown>
  );
}
