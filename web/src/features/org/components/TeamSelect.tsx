import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTeams } from '../api/hooks';

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  jurisdictionId?: string;
  style?: CSSProperties;
}

export function TeamSelect({ value, onChange, jurisdictionId, style }: Props) {
  const { t } = useTranslation();
  const teams = useTeams();
  const options = (teams.data ?? [])
    .filter(
      (team) => !jurisdictionId || team.jurisdictionId === jurisdictionId || team.id === value,
    )
    .map((team) => ({ value: team.id, label: team.name }));
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={options}
      loading={teams.isLoading}
      style={{ minWidth: 160, ...style }}
      placeholder={t('users.form.team')}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
