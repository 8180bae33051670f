import { Card, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { RoleTag } from '../../../components/RoleTag';
import { useSession } from '../../auth/session';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { TotpCard } from '../components/TotpCard';

export function ProfilePage() {
  const { t } = useTranslation();
  const { user, roles } = useSession();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('profile.info')}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('users.field.username')}>{user.username}</Descriptions.Item>
          <Descriptions.Item label={t('users.field.displayName')}>
            {user.displayName}
          </Descriptions.Item>
          <Descriptions.Item label={t('users.field.jurisdiction')}>
            {user.jurisdictionName}
          </Descriptions.Item>
          <Descriptions.Item label={t('users.field.roles')}>
            {roles.map((r, i) => (
              <RoleTag key={i} code={r.role} />
            ))}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('profile.changePassword')}>
        <ChangePasswordForm />
      </Card>
      <Card title={t('profile.totpTitle')}>
        <TotpCard />
      </Card>
    </Space>
  );
}
