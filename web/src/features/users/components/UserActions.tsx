import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { useUserMutation } from '../api/hooks';
import type { User } from '../api/types';
import { usersApi } from '../api/usersApi';

interface Props {
  user: User;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function isLocked(user: User, now = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}

/** Buttons come from the record's own abilities, as computed by the server for this caller. */
export function UserActions({ user, onEdit, onResetPassword }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const done = (text: string) => ({
    onSuccess: () => void message.success(text),
    onError: (error: unknown) => showError(error),
  });

  const setStatus = useUserMutation((status: User['status']) =>
    usersApi.update(user.id, { status, version: user.version }),
  );
  const unlock = useUserMutation(() => usersApi.unlock(user.id));
  const resetTotp = useUserMutation(() => usersApi.resetTotp(user.id));
  const disabled = user.status === 'disabled';

  return (
    <Space size={0} wrap>
      {user.abilities.update && (
        <Button type="link" size="small" onClick={() => onEdit(user)}>
          {t('common.edit')}
        </Button>
      )}
      {user.abilities.disable && (
        <Popconfirm
          title={disabled ? t('users.confirmEnable') : t('users.confirmDisable')}
          onConfirm={() =>
            setStatus.mutate(disabled ? 'active' : 'disabled', done(t('common.saved')))
          }
        >
          <Button type="link" size="small" danger={!disabled} loading={setStatus.isPending}>
            {disabled ? t('users.enable') : t('users.disable')}
          </Button>
        </Popconfirm>
      )}
      {user.abilities.resetPassword && (
        <Button type="link" size="small" onClick={() => onResetPassword(user)}>
          {t('users.resetPassword')}
        </Button>
      )}
      {user.abilities.update && isLocked(user) && (
        <Button
          type="link"
          size="small"
          loading={unlock.isPending}
          onClick={() => unlock.mutate(undefined, done(t('users.unlocked')))}
        >
          {t('users.unlock')}
        </Button>
      )}
      {user.abilities.resetPassword && user.totpEnabled && (
        <Popconfirm
          title={t('users.confirmResetTotp')}
          onConfirm={() => resetTotp.mutate(undefined, done(t('users.totpReset')))}
        >
          <Button type="link" size="small" loading={resetTotp.isPending}>
            {t('users.resetTotp')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
