import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ItemList } from '../../../lib/api';
import type {
  AccessRequest,
  AccessRequestState,
  CreateAccessRequestInput,
  DecisionInput,
} from './types';

export const accessRequestsApi = {
  list: (state?: AccessRequestState) =>
    api.get<ItemList<AccessRequest>>('/api/access-requests', { query: { state } }),
  create: (input: CreateAccessRequestInput) =>
    api.post<AccessRequest>('/api/access-requests', input),
  decide: (requestId: string, input: DecisionInput) =>
    api.post<AccessRequest>(
      `/api/access-requests/${encodeURIComponent(requestId)}/decision`,
      input,
    ),
};

export const accessRequestKeys = {
  all: ['access-requests'] as const,
  list: (state?: AccessRequestState) => ['access-requests', 'list', state ?? ''] as const,
};

/** The caller's own requests and those awaiting their decision, newest first. */
export function useAccessRequests(state?: AccessRequestState, enabled = true) {
  return useQuery({
    queryKey: accessRequestKeys.list(state),
    queryFn: () => accessRequestsApi.list(state),
    select: (data) => data.items,
    enabled,
  });
}

/**
 * Requests and decisions change what a petition's detail offers (request / reveal / download),
 * so both the request lists and the petitions are refreshed afterwards.
 */
export function useAccessRequestMutation<TInput>(
  mutationFn: (input: TInput) => Promise<AccessRequest>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: accessRequestKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['petitions'] });
    },
  });
}
