import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ItemList } from '../../../lib/api';

/** holiday = 节假日 falling on a weekday; workday = 调休上班 on a weekend. */
export type CalendarKind = 'holiday' | 'workday';

export interface CalendarEntry {
  date: string;
  kind: CalendarKind;
  name: string;
}

const yearKey = (year: number) => ['calendar', year] as const;
const path = (date: string) => `/api/calendar/${encodeURIComponent(date)}`;

export function useCalendar(year: number) {
  return useQuery({
    queryKey: yearKey(year),
    queryFn: () => api.get<ItemList<CalendarEntry>>('/api/calendar', { query: { year } }),
    select: (data) => [...data.items].sort((a, b) => a.date.localeCompare(b.date)),
  });
}

export function useSaveCalendarEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entry: CalendarEntry) =>
      api.put<CalendarEntry>(path(entry.date), { kind: entry.kind, name: entry.name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}

export function useDeleteCalendarEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => api.delete<void>(path(date)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}
