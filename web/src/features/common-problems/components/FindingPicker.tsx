import { useState } from 'react';
import { Input, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useCandidateFindings } from '../api/hooks';
import type { CandidateFinding } from '../api/types';

interface Props {
  value?: string[];
  onChange?: (ids: string[], picked: CandidateFinding[]) => void;
  active: boolean;
}

/**
 * Picks the findings that make the common problem: the fed-back findings of every unit,
 * searched by words (e.g. 公务接待); the units each comes from are shown to tell them apart.
 */
export function FindingPicker({ value = [], onChange, active }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const candidates = useCandidateFindings(q, active);
  const [known, setKnown] = useState<Map<string, CandidateFinding>>(new Map());
  const rows = candidates.data?.items ?? [];

  return (
    <div data-testid="finding-picker">
      <Input.Search
        allowClear
        placeholder={t('commonProblem.searchFindings')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ marginBottom: 8 }}
        data-testid="finding-search"
      />
      <Table<CandidateFinding>
        rowKey="id"
        size="small"
        dataSource={rows}
        loading={candidates.isFetching}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        rowSelection={{
          selectedRowKeys: value,
          preserveSelectedRowKeys: true,
          onChange: (keys, picked) => {
            const next = new Map(known);
            for (const f of picked) if (f) next.set(f.id, f);
            setKnown(next);
            const ids = keys.map(String);
            onChange?.(
              ids,
              ids.flatMap((id) => next.get(id) ?? []),
            );
          },
        }}
        onRow={() => ({ 'data-testid': 'candidate-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'unit',
            title: t('commonProblem.field.unit'),
            render: (_, f) => <Tag>{f.unitName}</Tag>,
          },
          { key: 'problem', title: t('rectification.field.problem'), dataIndex: 'problem' },
          { key: 'round', title: t('commonProblem.field.round'), dataIndex: 'roundName' },
        ]}
      />
    </div>
  );
}
