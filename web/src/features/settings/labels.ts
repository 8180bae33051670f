import { translateOr } from '../../i18n';
import type { SettingValue } from './api/settingsApi';

export const settingLabel = (key: string) => translateOr(`settings.key.${key}`, key);
export const settingGroupLabel = (group: string) => translateOr(`settings.group.${group}`, group);
// Options are often role codes (e.g. which roles must use TOTP): fall back to the role label.
export const settingOptionLabel = (option: string) =>
  translateOr(`settings.option.${option}`, translateOr(`role.${option}`, option));

export function formatSettingValue(value: SettingValue, yes: string, no: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  if (Array.isArray(value)) return value.length ? value.map(settingOptionLabel).join('、') : '—';
  if (typeof value === 'string') return settingOptionLabel(value);
  return String(value);
}
