import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { confirmPasswordRules, passwordRules } from '../lib/validation';

interface Props {
  /** i18n keys of the two labels (the profile and the admin reset word them differently). */
  newLabelKey: string;
  confirmLabelKey: string;
}

/** A new password (server rules shown as a hint) and its confirmation: fields `newPassword`, `confirm`. */
export function NewPasswordFields({ newLabelKey, confirmLabelKey }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="newPassword"
        label={t(newLabelKey)}
        rules={passwordRules(t)}
        extra={t('validation.passwordHint')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t(confirmLabelKey)}
        dependencies={['newPassword']}
        rules={confirmPasswordRules(t, 'newPassword')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
