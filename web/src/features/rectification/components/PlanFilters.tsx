import { useMemo, useState } from 'react';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useCan } from '../../auth/session';
import { UnitPicker } from '../../org/components/UnitPicker';
import { useRounds } from '../../rounds/api/hooks';
import { PLAN_STATES } from '../api/types';
import type { PlanFilters as Filters } from '../api/types';
import { planStateLabel } from '../labels';

interface Option {
  value: string;
  label: string;
}

/** Search the rounds on the server by name; the chosen one keeps its name while others load. */
function RoundSelect({
  value,
  onChange,
}: {
  value?: string;
  onChange: (roundId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const rounds = useRounds({ page: 1, pageSize: 20, q: q || undefined });
  const [chosen, setChosen] = useState<Option | null>(null);
  const options = useMemo(() => {
    const list: Option[] = (rounds.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }));
    if (chosen && chosen.value === value && !list.some((o) => o.value === chosen.value))
      list.unshift(chosen);
    return list;
  }, [rounds.data, chosen, value]);
  return (
    <Select<string, Option>
      allowClear
      value={value}
      style={{ width: 220 }}
      placeholder={t('rectification.field.round')}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={rounds.isFetching}
      notFoundContent={rounds.isFetching ? undefined : t('common.noData')}
      onChange={(roundId, option) => {
        setChosen(roundId && option && !Array.isArray(option) ? option : null);
        onChange(roundId);
      }}
      data-testid="plans-round-filter"
    />
  );
}

/**
 * The plans list's filters, all applied by the server (`planQuery`: roundId, unitId, state).
 * Round and unit pickers need the rounds and units lists, so they are offered only to callers
 * who may read those (a unit's liaison sees its own plans only and gets the state filter).
 */
export function PlanFilters({
  filters,
  set,
}: {
  filters: Filters;
  set: (part: Partial<Filters>) => void;
}) {
  const { t } = useTranslation();
  const canPickRound = useCan('rounds.read');
  const canPickUnit = useCan('org.read');
  return (
    <Space wrap>
      {canPickRound && (
        <RoundSelect value={filters.roundId} onChange={(roundId) => set({ roundId })} />
      )}
      {canPickUnit && (
        <span data-testid="plans-unit-filter">
          <UnitPicker
            allowClear
            value={filters.unitId}
            onChange={(unitId) => set({ unitId })}
            placeholder={t('rectification.field.unit')}
            style={{ width: 200 }}
          />
        </span>
      )}
      <Select
        allowClear
        style={{ width: 160 }}
        placeholder={t('rectification.field.state')}
        value={filters.state}
        onChange={(state?: Filters['state']) => set({ state })}
        options={PLAN_STATES.map((s) => ({ value: s, label: planStateLabel(s) }))}
        data-testid="plans-state-filter"
      />
    </Space>
  );
}
