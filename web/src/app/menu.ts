import type { ComponentType } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  HomeOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Abilities } from '../features/auth/api/types';
import { can } from '../features/auth/session';
import { lazyPage } from './lazyPage';
import type { LazyPage } from './lazyPage';

export interface MenuEntry {
  /** Stable identifier (also the i18n and test handle). */
  key: string;
  /** Route path; also the side menu item's key. */
  path: string;
  icon: ComponentType;
  labelKey: string;
  /** Server ability that shows the entry and opens the page; null = every signed-in user. */
  ability: string | null;
  page: LazyPage;
}

// One row per page. The menu and the routes are both built from this table, and only from
// the abilities the server grants: never from role names.
// prettier-ignore
export const MENU: MenuEntry[] = [
  { key: 'dashboard', path: '/', icon: HomeOutlined, labelKey: 'menu.dashboard', ability: null, page: lazyPage(() => import('../features/dashboard/pages/DashboardPage'), 'DashboardPage') },
  { key: 'users', path: '/users', icon: TeamOutlined, labelKey: 'menu.users', ability: 'users.manage', page: lazyPage(() => import('../features/users/pages/UsersPage'), 'UsersPage') },
  { key: 'org', path: '/org', icon: ApartmentOutlined, labelKey: 'menu.org', ability: 'org.read', page: lazyPage(() => import('../features/org/pages/OrgPage'), 'OrgPage') },
  { key: 'audit', path: '/audit', icon: AuditOutlined, labelKey: 'menu.audit', ability: 'audit.read', page: lazyPage(() => import('../features/audit/pages/AuditPage'), 'AuditPage') },
  { key: 'settings', path: '/settings', icon: SettingOutlined, labelKey: 'menu.settings', ability: 'settings.manage', page: lazyPage(() => import('../features/settings/pages/SettingsPage'), 'SettingsPage') },
  { key: 'calendar', path: '/calendar', icon: CalendarOutlined, labelKey: 'menu.calendar', ability: 'calendar.manage', page: lazyPage(() => import('../features/calendar/pages/CalendarPage'), 'CalendarPage') },
  { key: 'notifications', path: '/notifications', icon: BellOutlined, labelKey: 'menu.notifications', ability: 'notifications.read', page: lazyPage(() => import('../features/notifications/pages/NotificationsPage'), 'NotificationsPage') },
  { key: 'profile', path: '/profile', icon: UserOutlined, labelKey: 'menu.profile', ability: 'profile.read', page: lazyPage(() => import('../features/profile/pages/ProfilePage'), 'ProfilePage') },
];

export function visibleMenu(abilities: Abilities, entries: MenuEntry[] = MENU): MenuEntry[] {
  return entries.filter((entry) => can(abilities, entry.ability));
}

/** The entry whose path is the longest prefix of the current location (for the selected key). */
export function activeEntry(pathname: string, entries: MenuEntry[]): MenuEntry | undefined {
  return entries
    .filter((e) =>
      e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
}
