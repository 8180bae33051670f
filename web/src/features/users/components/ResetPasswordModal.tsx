import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { NewPasswordFields } from '../../../components/NewPasswordFields';
import { useUserMutation } from '../api/hooks';
import type { User } from '../api/types';
import { usersApi } from '../api/usersApi';

interface FormValues {
  newPassword: string;
  confirm: string;
}

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<FormValues>();
  const reset = useUserMutation((values: FormValues & { userId: string }) =>
    usersApi.resetPassword(values.userId, values.newPassword),
  );

  const onFinish = (values: FormValues) => {
    if (!user) return;
    reset.mutate(
      { ...values, userId: user.id },
      {
        onSuccess: () => {
          void message.success(t('users.passwordReset'));
          onClose();
        },
        onError: (error) => showError(error, form),
      },
    );
  };

  return (
    <Modal
      open={Boolean(user)}
      title={t('users.resetPasswordTitle', { name: user?.username ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <NewPasswordFields
          newLabelKey="users.field.newPassword"
          confirmLabelKey="users.field.confirmPassword"
        />
      </Form>
    </Modal>
  );
}
