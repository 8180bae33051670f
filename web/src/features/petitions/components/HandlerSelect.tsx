import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan, useSession } from '../../auth/session';
import { useHandlerOptions } from '../api/hooks';

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
}

/**
 * 承办人: the people the server offers as handlers (or the user list for those who may read it),
 * and always the caller, who may take a petition on themselves.
 */
export function HandlerSelect({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const canListUsers = useCan('users.manage');
  const handlers = useHandlerOptions(canListUsers);
  const options = [
    { value: user.id, label: t('petitions.transition.handlerSelf', { name: user.displayName }) },
    ...(handlers.data ?? [])
      .filter((h) => h.id !== user.id)
      .map((h) => ({ value: h.id, label: h.displayName })),
  ];
  return (
    <Select
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={options}
      loading={handlers.isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('petitions.transition.handlerPlaceholder')}
      data-testid="transition-handler"
    />
  );
}
