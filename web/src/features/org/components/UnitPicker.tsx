import type { CSSProperties } from 'react';
import { useMemo, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useUnit, useUnits } from '../api/hooks';

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  jurisdictionId?: string;
  /** Leave this unit out (a unit cannot be its own parent). */
  excludeId?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  placeholder?: string;
}

/** Search units on the server by name; the current value's name is loaded by id. */
export function UnitPicker({
  value,
  onChange,
  jurisdictionId,
  excludeId,
  allowClear,
  style,
  placeholder,
}: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const units = useUnits({ page: 1, pageSize: 20, q: q || undefined, jurisdictionId });
  const current = useUnit(value ?? undefined);

  const options = useMemo(() => {
    const list = (units.data?.items ?? [])
      .filter((u) => u.id !== excludeId)
      .map((u) => ({ value: u.id, label: u.name }));
    if (current.data && !list.some((o) => o.value === current.data.id)) {
      list.unshift({ value: current.data.id, label: current.data.name });
    }
    return list;
  }, [units.data, current.data, excludeId]);

  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={units.isFetching}
      allowClear={allowClear}
      style={{ minWidth: 200, ...style }}
      placeholder={placeholder ?? t('org.unit.select')}
      notFoundContent={units.isFetching ? undefined : t('common.noData')}
    />
  );
}
