import { api } from '../../../lib/api';
import type { ItemList, Page } from '../../../lib/api';
import type { RoleAssignment } from '../../auth/api/types';
import type { CreateUserInput, RoleDefinition, User, UserFilters, UserStatus } from './types';

const path = (userId: string, rest = '') => `/api/users/${encodeURIComponent(userId)}${rest}`;

export const usersApi = {
  list: (filters: UserFilters) => api.get<Page<User>>('/api/users', { query: { ...filters } }),
  create: (input: CreateUserInput) => api.post<User>('/api/users', input),
  update: (userId: string, input: { displayName?: string; status?: UserStatus; version: number }) =>
    api.patch<User>(path(userId), input),
  setRoles: (userId: string, input: { roles: RoleAssignment[]; version: number }) =>
    api.put<User>(path(userId, '/roles'), input),
  resetPassword: (userId: string, newPassword: string) =>
    api.post<void>(path(userId, '/password'), { newPassword }),
  unlock: (userId: string) => api.post<void>(path(userId, '/unlock')),
  resetTotp: (userId: string) => api.post<void>(path(userId, '/totp/reset')),
  roles: () => api.get<ItemList<RoleDefinition>>('/api/roles'),
};
