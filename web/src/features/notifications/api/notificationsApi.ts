import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Page } from '../../../lib/api';

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationFilters {
  page: number;
  pageSize: number;
  unreadOnly: boolean;
}

export const UNREAD_POLL_MS = 60_000;

const keys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread-count'] as const,
  list: (filters: NotificationFilters) => ['notifications', 'list', filters] as const,
};

export function useUnreadCount() {
  return useQuery({
    queryKey: keys.unread,
    queryFn: () => api.get<{ unread: number }>('/api/notifications/unread-count'),
    select: (data) => data.unread,
    refetchInterval: UNREAD_POLL_MS,
    // A failed poll is not worth a popup every minute.
    meta: { silent: true },
  });
}

export function useNotifications(filters: NotificationFilters, enabled = true) {
  return useQuery({
    queryKey: keys.list(filters),
    queryFn: () =>
      api.get<Page<Notification> & { unread: number }>('/api/notifications', {
        query: { ...filters },
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/api/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
