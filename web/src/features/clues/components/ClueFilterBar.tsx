import { Checkbox, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLUE_ACCOUNTS, CLUE_SOURCES, CLUE_STALLS } from '../api/types';
import type { ClueAccount, ClueFilters, ClueSource, StallFilter } from '../api/types';
import { accountLabel, sourceLabel, stallLabel } from '../labels';

type FilterPart = Partial<Omit<ClueFilters, 'page' | 'pageSize'>>;

interface Props {
  filters: ClueFilters;
  onChange: (part: FilterPart) => void;
}

/** Every filter applies at once and sends the ledger back to its first page. */
export function ClueFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="clue-filters">
      <Input.Search
        allowClear
        placeholder={t('clues.filter.q')}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={{ width: 280 }}
        data-testid="clue-search"
      />
      <Select<ClueAccount>
        allowClear
        placeholder={t('clues.field.account')}
        style={{ width: 130 }}
        value={filters.account}
        onChange={(account?: ClueAccount) => onChange({ account })}
        options={CLUE_ACCOUNTS.map((a) => ({ value: a, label: accountLabel(a) }))}
        data-testid="clue-filter-account"
      />
      <Select<StallFilter>
        allowClear
        placeholder={t('clues.filter.stall')}
        style={{ width: 150 }}
        value={filters.stall}
        onChange={(stall?: StallFilter) => onChange({ stall })}
        options={[
          { value: 'any', label: t('clues.filter.stallAny') },
          ...CLUE_STALLS.map((s) => ({ value: s, label: stallLabel(s) })),
        ]}
        data-testid="clue-filter-stall"
      />
      <Select<ClueSource>
        allowClear
        placeholder={t('clues.field.source')}
        style={{ width: 160 }}
        value={filters.source}
        onChange={(source?: ClueSource) => onChange({ source })}
        options={CLUE_SOURCES.map((s) => ({ value: s, label: sourceLabel(s) }))}
        data-testid="clue-filter-source"
      />
      <Checkbox
        checked={filters.prioritized === true}
        onChange={(e) => onChange({ prioritized: e.target.checked || undefined })}
        data-testid="clue-filter-prioritized"
      >
        {t('clues.filter.prioritized')}
      </Checkbox>
      <Checkbox
        checked={filters.reviewDue === true}
        onChange={(e) => onChange({ reviewDue: e.target.checked || undefined })}
        data-testid="clue-filter-review-due"
      >
        {t('clues.filter.reviewDue')}
      </Checkbox>
    </Space>
  );
}
