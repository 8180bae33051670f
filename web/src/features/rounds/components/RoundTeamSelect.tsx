import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTeams } from '../../org/api/hooks';

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  jurisdictionId?: string;
  'data-testid'?: string;
}

/** 巡察组 of the jurisdiction, for a target of the round. */
export function RoundTeamSelect({ value, onChange, jurisdictionId, ...rest }: Props) {
  const { t } = useTranslation();
  const teams = useTeams();
  const options = (teams.data ?? [])
    .filter(
      (team) => !jurisdictionId || team.jurisdictionId === jurisdictionId || team.id === value,
    )
    .map((team) => ({ value: team.id, label: team.name }));
  return (
    <Select
      data-testid={rest['data-testid']}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={options}
      loading={teams.isLoading}
      allowClear
      style={{ minWidth: 180 }}
      placeholder={t('rounds.plan.teamPlaceholder')}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
