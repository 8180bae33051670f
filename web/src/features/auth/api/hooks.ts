import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../../lib/api';
import { fetchMe, fetchPublicConfig, logout } from './authApi';
import type { AuthenticatedResult } from './types';

export const authKeys = {
  me: ['auth', 'me'] as const,
  publicConfig: ['public', 'config'] as const,
};

export function usePublicConfig() {
  return useQuery({
    queryKey: authKeys.publicConfig,
    queryFn: fetchPublicConfig,
    staleTime: Infinity,
    meta: { silent: true },
  });
}

export function useMe() {
  return useQuery({
    queryKey: authKeys.me,
    queryFn: async () => {
      const me = await fetchMe();
      setCsrfToken(me.csrfToken ?? null);
      return me;
    },
    staleTime: 5 * 60_000,
    meta: { silent: true },
  });
}

/** Store what a successful login returned so the guarded area renders without a refetch. */
export function useAcceptLogin() {
  const queryClient = useQueryClient();
  return (result: AuthenticatedResult) => {
    setCsrfToken(result.csrfToken);
    queryClient.clear();
    queryClient.setQueryData(authKeys.me, { ...result.me, csrfToken: result.csrfToken });
  };
}

/** Forget everything this session loaded: another user may log in next on this browser. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return () => {
    setCsrfToken(null);
    queryClient.clear();
  };
}

export function useLogout() {
  const endSession = useEndSession();
  return useMutation({
    mutationFn: logout,
    onSettled: endSession,
  });
}
