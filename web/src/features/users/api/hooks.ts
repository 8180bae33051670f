import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { usersApi } from './usersApi';
import type { UserFilters } from './types';

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
  roles: ['roles'] as const,
};

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: userKeys.list(filters),
    queryFn: () => usersApi.list(filters),
    placeholderData: keepPreviousData,
  });
}

export function useRoleDefinitions() {
  return useQuery({
    queryKey: userKeys.roles,
    queryFn: usersApi.roles,
    select: (data) => data.items,
    staleTime: Infinity,
  });
}

/** Any user mutation refreshes the user lists afterwards (versions and abilities change). */
export function useUserMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // Also after a failure: a half-applied edit (name saved, roles refused) changed the version.
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
