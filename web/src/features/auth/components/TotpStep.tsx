import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
}

interface Props {
  /** Present when the role requires TOTP and the user has none yet. */
  setup: TotpSetup | null;
  submitting: boolean;
  onSubmit: (code: string) => void;
  onBack: () => void;
}

export const TOTP_CODE_RULE = /^\d{6}$/;

export function TotpStep({ setup, submitting, onSubmit, onBack }: Props) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {setup ? (
        <Alert
          type="info"
          showIcon
          title={t('login.setupTitle')}
          description={
            <Space orientation="vertical" size={4}>
              <span>{t('login.setupHint')}</span>
              <span>
                {t('login.secret')}:{' '}
                <Typography.Text code copyable data-testid="totp-secret">
                  {setup.secret}
                </Typography.Text>
              </span>
              <span>{t('login.otpauthUri')}:</span>
              <Typography.Text copyable style={{ wordBreak: 'break-all', fontSize: 12 }}>
                {setup.otpauthUri}
              </Typography.Text>
            </Space>
          }
        />
      ) : (
        <Typography.Text type="secondary">{t('login.totpHint')}</Typography.Text>
      )}
      <Form<{ code: string }>
        layout="vertical"
        requiredMark={false}
        size="large"
        onFinish={(values) => onSubmit(values.code)}
      >
        <Form.Item
          name="code"
          label={t('login.totp')}
          rules={[{ required: true, pattern: TOTP_CODE_RULE, message: t('login.totpRequired') }]}
        >
          <Input
            data-testid="login-totp"
            prefix={<SafetyOutlined />}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            autoFocus
          />
        </Form.Item>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button
            data-testid="login-totp-submit"
            type="primary"
            htmlType="submit"
            block
            loading={submitting}
          >
            {t('login.verify')}
          </Button>
          <Button type="link" block onClick={onBack}>
            {t('login.back')}
          </Button>
        </Space>
      </Form>
    </Space>
  );
}
