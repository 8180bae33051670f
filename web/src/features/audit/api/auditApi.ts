import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ItemList, Page } from '../../../lib/api';

export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  requestId: string | null;
  detail: Record<string, unknown> | null;
}

export interface AuditFilters {
  page: number;
  pageSize: number;
  action?: string;
  actorId?: string;
  entityType?: string;
  entityId?: string;
  /** ISO date-times. */
  from?: string;
  to?: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: string | null;
}

export const auditApi = {
  list: (filters: AuditFilters) =>
    api.get<Page<AuditEntry>>('/api/audit', { query: { ...filters } }),
  actions: () => api.get<ItemList<string>>('/api/audit/actions'),
  verify: () => api.post<AuditVerifyResult>('/api/audit/verify'),
};

export function useAuditEntries(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', 'list', filters],
    queryFn: () => auditApi.list(filters),
    placeholderData: keepPreviousData,
  });
}

export function useAuditActions() {
  return useQuery({
    queryKey: ['audit', 'actions'],
    queryFn: auditApi.actions,
    select: (data) => data.items,
    staleTime: Infinity,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: auditApi.verify });
}
