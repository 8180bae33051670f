import { InputNumber, Select, Switch } from 'antd';
import type { SettingItem, SettingValue } from '../api/settingsApi';
import { settingOptionLabel } from '../labels';

interface Props {
  item: SettingItem;
  value: SettingValue;
  onChange: (value: SettingValue) => void;
  disabled?: boolean;
}

/** The input that fits the setting's declared type. */
export function SettingInput({ item, value, onChange, disabled }: Props) {
  const options = (item.options ?? []).map((o) => ({ value: o, label: settingOptionLabel(o) }));
  switch (item.type) {
    case 'boolean':
      return <Switch checked={value === true} onChange={onChange} disabled={disabled} />;
    case 'integer':
    case 'number':
      return (
        <InputNumber<number>
          value={typeof value === 'number' ? value : null}
          min={item.min}
          max={item.max}
          precision={item.type === 'integer' ? 0 : undefined}
          onChange={(next) => onChange(next)}
          disabled={disabled}
          style={{ width: 160 }}
        />
      );
    case 'enum':
      return (
        <Select<string>
          value={typeof value === 'string' ? value : undefined}
          options={options}
          onChange={onChange}
          disabled={disabled}
          style={{ minWidth: 180 }}
        />
      );
    case 'stringList':
      return (
        <Select<string[]>
          mode="tags"
          value={Array.isArray(value) ? value : []}
          options={options}
          onChange={onChange}
          disabled={disabled}
          style={{ minWidth: 280 }}
        />
      );
  }
}
