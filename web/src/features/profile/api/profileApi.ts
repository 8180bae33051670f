import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { authKeys } from '../../auth/api/hooks';

export interface TotpSecret {
  secret: string;
  otpauthUri: string;
}

export function useChangePassword() {
  return useMutation({
    // A wrong current password must show as an error here, not bounce the user to the login page.
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/api/auth/password', input, { skipAuthRedirect: true }),
  });
}

export function useTotpSetup() {
  return useMutation({ mutationFn: () => api.post<TotpSecret>('/api/auth/totp/setup') });
}

export function useTotpEnable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<void>('/api/auth/totp/enable', { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.me }),
  });
}
