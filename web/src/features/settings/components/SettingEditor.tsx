import { useState } from 'react';
import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { useResetSetting, useSaveSetting } from '../api/settingsApi';
import type { SettingItem, SettingValue } from '../api/settingsApi';
import { SettingInput } from './SettingInput';

interface Props {
  item: SettingItem;
  jurisdictionId: string | undefined;
}

const same = (a: SettingValue, b: SettingValue) => JSON.stringify(a) === JSON.stringify(b);

/** Edits one setting; the parent keys it by the server value so a refetch resets the draft. */
export function SettingEditor({ item, jurisdictionId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [draft, setDraft] = useState<SettingValue>(item.value);
  const save = useSaveSetting(jurisdictionId);
  const reset = useResetSetting(jurisdictionId);
  const dirty = !same(draft, item.value);
  const invalid = draft === null && (item.type === 'integer' || item.type === 'number');

  return (
    <Space wrap>
      <SettingInput item={item} value={draft} onChange={setDraft} />
      <Button
        type="primary"
        size="small"
        disabled={!dirty || invalid}
        loading={save.isPending}
        onClick={() =>
          save.mutate(
            { key: item.key, value: draft },
            {
              onSuccess: () => void message.success(t('common.saved')),
              onError: (e) => showError(e),
            },
          )
        }
      >
        {t('common.save')}
      </Button>
      {dirty && (
        <Button size="small" onClick={() => setDraft(item.value)}>
          {t('common.undo')}
        </Button>
      )}
      {!item.inherited && (
        <Popconfirm
          title={t('settings.confirmRevert')}
          onConfirm={() =>
            reset.mutate(item.key, {
              onSuccess: () => void message.success(t('settings.reverted')),
              onError: (e) => showError(e),
            })
          }
        >
          <Button size="small" loading={reset.isPending}>
            {t('settings.revert')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
