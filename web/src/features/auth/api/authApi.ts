import { api } from '../../../lib/api';
import type { AuthenticatedResult, LoginResult, Me, PublicConfig } from './types';

export const fetchPublicConfig = () => api.get<PublicConfig>('/api/public/config');

export const fetchMe = () => api.get<Me>('/api/auth/me');

export const login = (username: string, password: string) =>
  api.post<LoginResult>('/api/auth/login', { username, password }, { skipAuthRedirect: true });

export const loginTotp = (ticket: string, code: string) =>
  api.post<AuthenticatedResult>(
    '/api/auth/login/totp',
    { ticket, code },
    { skipAuthRedirect: true },
  );

export const logout = () =>
  api.post<void>('/api/auth/logout', undefined, { skipAuthRedirect: true });
