import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ItemList } from '../../../lib/api';

export type SettingType = 'integer' | 'number' | 'boolean' | 'enum' | 'stringList';
export type SettingValue = number | boolean | string | string[] | null;

export interface SettingItem {
  key: string;
  group: string;
  type: SettingType;
  value: SettingValue;
  defaultValue: SettingValue;
  inherited: boolean;
  min?: number;
  max?: number;
  options?: string[];
}

const settingsKey = (jurisdictionId: string | undefined) =>
  ['settings', jurisdictionId ?? ''] as const;
const path = (key: string) => `/api/settings/${encodeURIComponent(key)}`;

export function useSettings(jurisdictionId: string | undefined) {
  return useQuery({
    queryKey: settingsKey(jurisdictionId),
    queryFn: () => api.get<ItemList<SettingItem>>('/api/settings', { query: { jurisdictionId } }),
    select: (data) => data.items,
  });
}

export function useSaveSetting(jurisdictionId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, value }: { key: string; value: SettingValue }) =>
      api.put<SettingItem>(path(key), { jurisdictionId, value }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKey(jurisdictionId) }),
  });
}

/** Remove this jurisdiction's override: the value falls back to the parent's or the default. */
export function useResetSetting(jurisdictionId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => api.delete<SettingItem>(path(key), { query: { jurisdictionId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKey(jurisdictionId) }),
  });
}
