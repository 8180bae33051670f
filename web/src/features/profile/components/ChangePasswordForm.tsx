import { App, Button, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { NewPasswordFields } from '../../../components/NewPasswordFields';
import { requiredRule } from '../../../lib/validation';
import { useEndSession } from '../../auth/api/hooks';
import { useChangePassword } from '../api/profileApi';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useShowError();
  const endSession = useEndSession();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();

  const onFinish = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        // The server revokes every session of this user, this one included.
        onSuccess: () => {
          void message.success(t('profile.passwordChanged'));
          void navigate('/login', { replace: true });
          endSession();
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <Form<Values> form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 420 }}>
      <Form.Item
        name="currentPassword"
        label={t('profile.currentPassword')}
        rules={[requiredRule(t, 'profile.currentPassword')]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields
        newLabelKey="profile.newPassword"
        confirmLabelKey="profile.confirmPassword"
      />
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('profile.changePassword')}
      </Button>
    </Form>
  );
}
