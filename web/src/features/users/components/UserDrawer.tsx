import { useEffect } from 'react';
import { App, Button, Drawer, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { passwordRules, requiredRule } from '../../../lib/validation';
import { useSession } from '../../auth/session';
import { JurisdictionSelect } from '../../org/components/JurisdictionSelect';
import { useRoleDefinitions, useUserMutation } from '../api/hooks';
import type { User } from '../api/types';
import { usersApi } from '../api/usersApi';
import { sameAssignments, toAssignments } from '../roleAssignments';
import type { RoleRowValue } from '../roleAssignments';
import { RoleAssignmentsField } from './RoleAssignmentsField';

interface FormValues {
  username: string;
  displayName: string;
  password: string;
  jurisdictionId: string;
  roles: RoleRowValue[];
}

interface Props {
  open: boolean;
  /** null = create a new user. */
  user: User | null;
  onClose: () => void;
}

export function UserDrawer({ open, user, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const session = useSession();
  const [form] = Form.useForm<FormValues>();
  const definitions = useRoleDefinitions().data ?? [];
  const jurisdictionId = Form.useWatch('jurisdictionId', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      user
        ? { displayName: user.displayName, jurisdictionId: user.jurisdictionId, roles: user.roles }
        : { jurisdictionId: session.user.jurisdictionId, roles: [] },
    );
  }, [open, user, form, session.user.jurisdictionId]);

  const save = useUserMutation(async (values: FormValues) => {
    const roles = toAssignments(values.roles, definitions, values.jurisdictionId);
    if (!user) {
      await usersApi.create({ ...values, roles });
      return;
    }
    // Two endpoints, one optimistic-lock chain: the roles call uses the version PATCH returned.
    let version = user.version;
    if (values.displayName !== user.displayName) {
      version = (await usersApi.update(user.id, { displayName: values.displayName, version }))
        .version;
    }
    if (!sameAssignments(roles, user.roles)) {
      await usersApi.setRoles(user.id, { roles, version });
    }
  });

  const onFinish = (values: FormValues) =>
    save.mutate(values, {
      onSuccess: () => {
        void message.success(t('common.saved'));
        onClose();
      },
      onError: (error) => showError(error, form),
    });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={user ? t('users.editTitle', { name: user.username }) : t('users.createTitle')}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="username"
          label={t('users.field.username')}
          rules={user ? [] : [requiredRule(t, 'users.field.username')]}
          hidden={Boolean(user)}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.field.displayName')}
          rules={[requiredRule(t, 'users.field.displayName')]}
        >
          <Input disabled={Boolean(user) && !user?.abilities.update} />
        </Form.Item>
        {!user && (
          <Form.Item
            name="password"
            label={t('users.field.initialPassword')}
            rules={passwordRules(t)}
            extra={t('validation.passwordHint')}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item
          name="jurisdictionId"
          label={t('users.field.jurisdiction')}
          rules={[requiredRule(t, 'users.field.jurisdiction')]}
        >
          <JurisdictionSelect disabled={Boolean(user)} />
        </Form.Item>
        <Form.Item label={t('users.field.roles')}>
          <RoleAssignmentsField definitions={definitions} defaultJurisdictionId={jurisdictionId} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
