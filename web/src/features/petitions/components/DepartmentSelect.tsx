import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { translateOr } from '../../../i18n';
import { useDepartments } from '../../org/api/hooks';

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  jurisdictionId: string | undefined;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  autoFocus?: boolean;
  'data-testid'?: string;
}

/** A partner department of the jurisdiction (source, handling or transfer department). */
export function DepartmentSelect({ value, onChange, jurisdictionId, ...rest }: Props) {
  const departments = useDepartments(jurisdictionId);
  return (
    <Select
      {...rest}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      loading={departments.isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      options={(departments.data ?? []).map((d) => ({
        value: d.id,
        label: `${d.name}（${translateOr(`org.departmentKind.${d.kind}`, d.kind)}）`,
      }))}
    />
  );
}
