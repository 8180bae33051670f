import { Button, Form, Input } from 'antd';
import type { FormInstance } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface Credentials {
  username: string;
  password: string;
}

interface Props {
  form: FormInstance<Credentials>;
  submitting: boolean;
  onSubmit: (values: Credentials) => void;
}

export function PasswordStep({ form, submitting, onSubmit }: Props) {
  const { t } = useTranslation();
  return (
    <Form form={form} layout="vertical" onFinish={onSubmit} requiredMark={false} size="large">
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, message: t('login.usernameRequired') }]}
      >
        <Input
          data-testid="login-username"
          prefix={<UserOutlined />}
          autoComplete="username"
          autoFocus
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password
          data-testid="login-password"
          prefix={<LockOutlined />}
          autoComplete="current-password"
        />
      </Form.Item>
      <Button
        data-testid="login-submit"
        type="primary"
        htmlType="submit"
        block
        loading={submitting}
      >
        {t('login.submit')}
      </Button>
    </Form>
  );
}
