import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api';
import { usersApi } from '../../users/api/usersApi';
import { petitionsApi } from './petitionsApi';
import type { DuplicateDraft, HandlerOption, PetitionDetail, PetitionFilters } from './types';

export const petitionKeys = {
  all: ['petitions'] as const,
  list: (filters: PetitionFilters) => ['petitions', 'list', filters] as const,
  detail: (petitionId: string) => ['petitions', 'detail', petitionId] as const,
  similar: (petitionId: string) => ['petitions', 'similar', petitionId] as const,
  identity: (petitionId: string) => ['petitions', 'identity', petitionId] as const,
  duplicateCheck: (draft: DuplicateDraft | null) =>
    ['petitions', 'duplicate-check', draft] as const,
  deadlines: ['petitions', 'deadlines'] as const,
  handlers: (withUsers: boolean) => ['petitions', 'handlers', withUsers] as const,
};

export function usePetitions(filters: PetitionFilters) {
  return useQuery({
    queryKey: petitionKeys.list(filters),
    queryFn: () => petitionsApi.list(filters),
    placeholderData: keepPreviousData,
  });
}

/** The detail; a 404 (not visible to this user) is shown by the page itself, not as a toast. */
export function usePetition(petitionId: string | undefined) {
  return useQuery({
    queryKey: petitionKeys.detail(petitionId ?? ''),
    queryFn: () => petitionsApi.get(petitionId ?? ''),
    enabled: Boolean(petitionId),
    meta: { silent: true },
  });
}

export function useSimilarPetitions(petitionId: string, enabled = true) {
  return useQuery({
    queryKey: petitionKeys.similar(petitionId),
    queryFn: () => petitionsApi.similar(petitionId),
    select: (data) => data.items,
    enabled,
  });
}

/** The registration's duplicate panel: a check of the draft, never stored; null = nothing to check. */
export function useDuplicateCheck(draft: DuplicateDraft | null) {
  return useQuery({
    queryKey: petitionKeys.duplicateCheck(draft),
    queryFn: ({ signal }) => petitionsApi.duplicateCheck(draft ?? {}, signal),
    select: (data) => data.items,
    enabled: draft !== null,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    // A half-typed draft may not validate yet; the panel says so itself.
    meta: { silent: true },
  });
}

export function useDeadlineBoard() {
  return useQuery({
    queryKey: petitionKeys.deadlines,
    queryFn: petitionsApi.deadlines,
    select: (data) => data.items,
  });
}

/**
 * People a petition can be assigned to: the server's handler list when it offers one, else the
 * user list for those who may read it; the caller can always pick themselves (added by the picker).
 */
export function useHandlerOptions(canListUsers: boolean, enabled = true) {
  return useQuery({
    queryKey: petitionKeys.handlers(canListUsers),
    queryFn: async (): Promise<HandlerOption[]> => {
      try {
        return (await petitionsApi.handlers()).items;
      } catch (error) {
        // No handler list on this server (GET /api/petitions/handlers reads as a petition id).
        if (!isApiError(error) || ![400, 403, 404, 405].includes(error.status)) throw error;
      }
      if (!canListUsers) return [];
      const users = await usersApi.list({ page: 1, pageSize: 100, status: 'active' });
      return users.items.map((u) => ({
        id: u.id,
        displayName: `${u.displayName}（${u.username}）`,
      }));
    },
    enabled,
    staleTime: 5 * 60_000,
    meta: { silent: true },
  });
}

/**
 * A petition mutation that answers with the new detail: the detail cache takes it at once, and
 * every petition list, board and similar list is refreshed (also after a failure: a 409 means
 * someone else changed the petition, so the page must show the newer version).
 */
export function usePetitionMutation<TInput, TResult>(
  mutationFn: (input: TInput) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      if (isDetail(result)) queryClient.setQueryData(petitionKeys.detail(result.id), result);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: petitionKeys.all }),
  });
}

function isDetail(value: unknown): value is PetitionDetail {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'timeline' in value &&
    'version' in value
  );
}
