import { App, Alert, Button, Form, Input, Space, Typography } from 'antd';
import { CheckCircleTwoTone } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { useSession } from '../../auth/session';
import { TOTP_CODE_RULE } from '../../auth/components/TotpStep';
import { useTotpEnable, useTotpSetup } from '../api/profileApi';

export function TotpCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const { user } = useSession();
  const setup = useTotpSetup();
  const enable = useTotpEnable();

  if (user.totpEnabled) {
    return (
      <Space>
        <CheckCircleTwoTone twoToneColor="#52c41a" />
        <span>{t('profile.totpEnabled')}</span>
      </Space>
    );
  }

  if (!setup.data) {
    return (
      <Space orientation="vertical">
        <Typography.Text type="secondary">{t('profile.totpIntro')}</Typography.Text>
        <Button
          type="primary"
          loading={setup.isPending}
          onClick={() => setup.mutate(undefined, { onError: (e) => showError(e) })}
        >
          {t('profile.totpStart')}
        </Button>
      </Space>
    );
  }

  return (
    <Space orientation="vertical" style={{ maxWidth: 520 }}>
      <Alert
        type="info"
        showIcon
        title={t('login.setupHint')}
        description={
          <Space orientation="vertical" size={4}>
            <span>
              {t('login.secret')}:{' '}
              <Typography.Text code copyable>
                {setup.data.secret}
              </Typography.Text>
            </span>
            <span>{t('login.otpauthUri')}:</span>
            <Typography.Text copyable style={{ wordBreak: 'break-all', fontSize: 12 }}>
              {setup.data.otpauthUri}
            </Typography.Text>
          </Space>
        }
      />
      <Form<{ code: string }>
        layout="inline"
        onFinish={({ code }) =>
          enable.mutate(code, {
            onSuccess: () => {
              void message.success(t('profile.totpEnabledNow'));
              setup.reset();
            },
            onError: (e) => showError(e),
          })
        }
      >
        <Form.Item
          name="code"
          rules={[{ required: true, pattern: TOTP_CODE_RULE, message: t('login.totpRequired') }]}
        >
          <Input
            placeholder={t('login.totp')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={enable.isPending}>
          {t('profile.totpConfirm')}
        </Button>
      </Form>
    </Space>
  );
}
