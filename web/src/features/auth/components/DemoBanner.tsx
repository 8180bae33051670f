import { Alert, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEMO_PASSWORD, DEMO_USERNAMES } from '../api/types';

export function DemoBanner({ onPick }: { onPick?: (username: string) => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      data-testid="demo-banner"
      type="warning"
      showIcon
      title={<strong>{t('login.demoBanner', { password: DEMO_PASSWORD })}</strong>}
      description={
        <Space orientation="vertical" size={4}>
          <Typography.Text type="secondary">{t('login.demoAccounts')}</Typography.Text>
          <Space size={[4, 4]} wrap>
            {DEMO_USERNAMES.map((name) => (
              <Tag
                key={name}
                style={{ cursor: onPick ? 'pointer' : undefined }}
                onClick={onPick ? () => onPick(name) : undefined}
              >
                {name}
              </Tag>
            ))}
          </Space>
        </Space>
      }
    />
  );
}
