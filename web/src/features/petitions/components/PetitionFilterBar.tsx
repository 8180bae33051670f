import { Checkbox, DatePicker, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../org/components/UnitPicker';
import { PETITION_CHANNELS, PETITION_STATES, PROBLEM_FOCUSES } from '../api/types';
import type { PetitionChannel, PetitionFilters, PetitionState, ProblemFocus } from '../api/types';
import { channelLabel, focusLabel, stateLabel } from '../labels';

type FilterPart = Partial<Omit<PetitionFilters, 'page' | 'pageSize' | 'sort'>>;

interface Props {
  filters: PetitionFilters;
  onChange: (part: FilterPart) => void;
}

const blank = (value: string) => value.trim() || undefined;

/** Every filter applies at once and sends the list back to its first page. */
export function PetitionFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();

  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="petition-filters">
      <Input.Search
        allowClear
        placeholder={t('petitions.filter.q')}
        onSearch={(q) => onChange({ q: blank(q) })}
        style={{ width: 260 }}
        data-testid="petition-search"
      />
      <Select<PetitionState>
        allowClear
        placeholder={t('petitions.field.state')}
        style={{ width: 130 }}
        value={filters.state}
        onChange={(state?: PetitionState) => onChange({ state })}
        options={PETITION_STATES.map((s) => ({ value: s, label: stateLabel(s) }))}
      />
      <Select<PetitionChannel>
        allowClear
        placeholder={t('petitions.field.channel')}
        style={{ width: 150 }}
        value={filters.channel}
        onChange={(channel?: PetitionChannel) => onChange({ channel })}
        options={PETITION_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
      />
      <Select<ProblemFocus>
        allowClear
        placeholder={t('petitions.field.focus')}
        style={{ width: 150 }}
        value={filters.focus}
        onChange={(focus?: ProblemFocus) => onChange({ focus })}
        options={PROBLEM_FOCUSES.map((f) => ({ value: f, label: focusLabel(f) }))}
      />
      <UnitPicker
        allowClear
        placeholder={t('petitions.filter.unit')}
        value={filters.unitId}
        onChange={(unitId) => onChange({ unitId })}
      />
      <Input.Search
        allowClear
        placeholder={t('petitions.filter.accused')}
        onSearch={(accused) => onChange({ accused: blank(accused) })}
        style={{ width: 180 }}
      />
      <DatePicker.RangePicker
        placeholder={[t('petitions.filter.from'), t('petitions.filter.to')]}
        onChange={(dates) =>
          onChange({
            from: dates?.[0]?.format('YYYY-MM-DD'),
            to: dates?.[1]?.format('YYYY-MM-DD'),
          })
        }
      />
      <Checkbox
        checked={filters.overdue === true}
        onChange={(e) => onChange({ overdue: e.target.checked || undefined })}
        data-testid="petition-filter-overdue"
      >
        {t('petitions.filter.overdue')}
      </Checkbox>
      <Checkbox
        checked={filters.flagged === true}
        onChange={(e) => onChange({ flagged: e.target.checked || undefined })}
      >
        {t('petitions.filter.flagged')}
      </Checkbox>
    </Space>
  );
}
