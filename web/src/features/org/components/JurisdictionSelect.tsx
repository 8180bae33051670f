import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan, useSession } from '../../auth/session';
import { useJurisdictions } from '../api/hooks';
import { buildJurisdictionTree } from '../jurisdictionTree';

interface TreeOption {
  key: string;
  value: string;
  title: string;
  children: TreeOption[];
}

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  placeholder?: string;
}

/**
 * Pick a jurisdiction. Without `org.read` the list cannot be loaded, so the only choice offered
 * is the user's own jurisdiction (which is what such users work in anyway).
 */
export function JurisdictionSelect({
  value,
  onChange,
  allowClear,
  disabled,
  style,
  placeholder,
}: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const canRead = useCan('org.read');
  const jurisdictions = useJurisdictions(canRead);

  const treeData = useMemo<TreeOption[]>(() => {
    if (canRead && jurisdictions.data) return buildJurisdictionTree(jurisdictions.data);
    return [
      {
        key: user.jurisdictionId,
        value: user.jurisdictionId,
        title: user.jurisdictionName,
        children: [],
      },
    ];
  }, [canRead, jurisdictions.data, user.jurisdictionId, user.jurisdictionName]);

  return (
    <TreeSelect
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      treeData={treeData}
      treeDefaultExpandAll
      allowClear={allowClear}
      disabled={disabled}
      loading={jurisdictions.isLoading}
      style={{ minWidth: 200, ...style }}
      placeholder={placeholder ?? t('org.jurisdiction.select')}
      showSearch={{ treeNodeFilterProp: 'title' }}
    />
  );
}
