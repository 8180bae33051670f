import type { CSSProperties } from 'react';
import { useMemo, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useInspectors } from '../api/hooks';

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Leave these inspectors out (already on the round). */
  excludeIds?: string[];
  style?: CSSProperties;
  'data-testid'?: string;
}

/**
 * A member from the talent pool: searched on the server by name among the eligible and available
 * inspectors, each shown with rank and specialties.
 */
export function InspectorSelect({ value, onChange, excludeIds, style, ...rest }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const inspectors = useInspectors({
    page: 1,
    pageSize: 20,
    q: q || undefined,
    eligible: true,
    available: true,
  });
  const options = useMemo(
    () =>
      (inspectors.data?.items ?? [])
        .filter((i) => !excludeIds?.includes(i.id))
        .map((i) => ({
          value: i.id,
          label: [i.name, i.rank, i.specialties.join('、')].filter(Boolean).join(' · '),
        })),
    [inspectors.data, excludeIds],
  );
  return (
    <Select
      data-testid={rest['data-testid']}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={inspectors.isFetching}
      allowClear
      style={{ minWidth: 260, ...style }}
      placeholder={t('inspectors.pick')}
      notFoundContent={inspectors.isFetching ? undefined : t('common.noData')}
    />
  );
}
