import type { ComponentType } from 'react';
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BellOutlined,
  BulbOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  CalendarOutlined,
  ExclamationCircleOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FlagOutlined,
  FormOutlined,
  FundProjectionScreenOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  OrderedListOutlined,
  PieChartOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
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
  /** false: a route only (a record's own page, like /petitions/:id), never a menu item. */
  inMenu?: false;
}

// One row per page. The menu and the routes are both built from this table, and only from
// the abilities the server grants: never from role names. A static path (/petitions/new) wins
// over a parameter (/petitions/:id) whatever the order of the rows.
// prettier-ignore
export const MENU: MenuEntry[] = [
  { key: 'dashboard', path: '/', icon: HomeOutlined, labelKey: 'menu.dashboard', ability: null, page: lazyPage(() => import('../features/dashboard/pages/DashboardPage'), 'DashboardPage') },
  { key: 'petitions', path: '/petitions', icon: FileTextOutlined, labelKey: 'menu.petitions', ability: 'petitions.read', page: lazyPage(() => import('../features/petitions/pages/PetitionsPage'), 'PetitionsPage') },
  { key: 'petition-register', path: '/petitions/new', icon: FormOutlined, labelKey: 'menu.petitionRegister', ability: 'petitions.register', page: lazyPage(() => import('../features/petitions/pages/RegisterPetitionPage'), 'RegisterPetitionPage') },
  { key: 'petition-deadlines', path: '/petitions/deadlines', icon: AlertOutlined, labelKey: 'menu.petitionDeadlines', ability: 'petitions.deadlines', page: lazyPage(() => import('../features/petitions/pages/DeadlinesPage'), 'DeadlinesPage') },
  { key: 'petition-detail', path: '/petitions/:id', icon: FileTextOutlined, labelKey: 'menu.petitionDetail', ability: 'petitions.read', inMenu: false, page: lazyPage(() => import('../features/petitions/pages/PetitionDetailPage'), 'PetitionDetailPage') },
  { key: 'access-requests', path: '/access-requests', icon: KeyOutlined, labelKey: 'menu.accessRequests', ability: 'access-requests.read', page: lazyPage(() => import('../features/access-requests/pages/AccessRequestsPage'), 'AccessRequestsPage') },
  { key: 'rounds', path: '/rounds', icon: FlagOutlined, labelKey: 'menu.rounds', ability: 'rounds.read', page: lazyPage(() => import('../features/rounds/pages/RoundsPage'), 'RoundsPage') },
  { key: 'round-plan', path: '/rounds/new', icon: ScheduleOutlined, labelKey: 'menu.roundPlan', ability: 'rounds.plan', page: lazyPage(() => import('../features/rounds/pages/PlanRoundPage'), 'PlanRoundPage') },
  { key: 'round-detail', path: '/rounds/:id', icon: FlagOutlined, labelKey: 'menu.roundDetail', ability: 'rounds.read', inMenu: false, page: lazyPage(() => import('../features/rounds/pages/RoundDetailPage'), 'RoundDetailPage') },
  { key: 'coverage', path: '/coverage', icon: PieChartOutlined, labelKey: 'menu.coverage', ability: 'rounds.plan', page: lazyPage(() => import('../features/rounds/pages/CoveragePage'), 'CoveragePage') },
  { key: 'inspectors', path: '/inspectors', icon: IdcardOutlined, labelKey: 'menu.inspectors', ability: 'inspectors.read', page: lazyPage(() => import('../features/inspectors/pages/InspectorsPage'), 'InspectorsPage') },
  { key: 'inspector-detail', path: '/inspectors/:id', icon: IdcardOutlined, labelKey: 'menu.inspectorDetail', ability: 'inspectors.read', inMenu: false, page: lazyPage(() => import('../features/inspectors/pages/InspectorDetailPage'), 'InspectorDetailPage') },
  { key: 'clues', path: '/clues', icon: BulbOutlined, labelKey: 'menu.clues', ability: 'clues.read', page: lazyPage(() => import('../features/clues/pages/CluesPage'), 'CluesPage') },
  { key: 'clue-reviews', path: '/clue-reviews', icon: SafetyCertificateOutlined, labelKey: 'menu.clueReviews', ability: 'clues.manage', page: lazyPage(() => import('../features/clues/pages/ClueReviewsPage'), 'ClueReviewsPage') },
  { key: 'clue-inbox', path: '/clues/inbox', icon: FileProtectOutlined, labelKey: 'menu.clueInbox', ability: 'clues.inbox', page: lazyPage(() => import('../features/clues/pages/ClueInboxPage'), 'ClueInboxPage') },
  { key: 'clue-stalled', path: '/clues/stalled', icon: ExclamationCircleOutlined, labelKey: 'menu.clueStalled', ability: 'clues.read', page: lazyPage(() => import('../features/clues/pages/StalledCluesPage'), 'StalledCluesPage') },
  { key: 'clue-detail', path: '/clues/:id', icon: BulbOutlined, labelKey: 'menu.clueDetail', ability: 'clues.read', inMenu: false, page: lazyPage(() => import('../features/clues/pages/ClueDetailPage'), 'ClueDetailPage') },
  { key: 'rectification', path: '/rectification', icon: FundProjectionScreenOutlined, labelKey: 'menu.rectification', ability: 'rectification.read', page: lazyPage(() => import('../features/rectification/pages/RectificationPlansPage'), 'RectificationPlansPage') },
  { key: 'rectification-items', path: '/rectification/items', icon: OrderedListOutlined, labelKey: 'menu.rectificationItems', ability: 'rectification.read', page: lazyPage(() => import('../features/rectification/pages/RectificationItemsPage'), 'RectificationItemsPage') },
  { key: 'rectification-review', path: '/rectification/review', icon: CheckSquareOutlined, labelKey: 'menu.rectificationReview', ability: 'rectification.review', page: lazyPage(() => import('../features/rectification/pages/ClosureReviewPage'), 'ClosureReviewPage') },
  { key: 'common-problems', path: '/rectification/common-problems', icon: ClusterOutlined, labelKey: 'menu.commonProblems', ability: 'rectification.read', page: lazyPage(() => import('../features/common-problems/pages/CommonProblemsPage'), 'CommonProblemsPage') },
  { key: 'common-problem-detail', path: '/rectification/common-problems/:id', icon: ClusterOutlined, labelKey: 'menu.commonProblemDetail', ability: 'rectification.read', inMenu: false, page: lazyPage(() => import('../features/common-problems/pages/CommonProblemPage'), 'CommonProblemPage') },
  { key: 'rectification-detail', path: '/rectification/:id', icon: FundProjectionScreenOutlined, labelKey: 'menu.rectificationDetail', ability: 'rectification.read', inMenu: false, page: lazyPage(() => import('../features/rectification/pages/RectificationPlanPage'), 'RectificationPlanPage') },
  { key: 'users', path: '/users', icon: TeamOutlined, labelKey: 'menu.users', ability: 'users.manage', page: lazyPage(() => import('../features/users/pages/UsersPage'), 'UsersPage') },
  { key: 'org', path: '/org', icon: ApartmentOutlined, labelKey: 'menu.org', ability: 'org.read', page: lazyPage(() => import('../features/org/pages/OrgPage'), 'OrgPage') },
  { key: 'audit', path: '/audit', icon: AuditOutlined, labelKey: 'menu.audit', ability: 'audit.read', page: lazyPage(() => import('../features/audit/pages/AuditPage'), 'AuditPage') },
  { key: 'settings', path: '/settings', icon: SettingOutlined, labelKey: 'menu.settings', ability: 'settings.manage', page: lazyPage(() => import('../features/settings/pages/SettingsPage'), 'SettingsPage') },
  { key: 'calendar', path: '/calendar', icon: CalendarOutlined, labelKey: 'menu.calendar', ability: 'calendar.manage', page: lazyPage(() => import('../features/calendar/pages/CalendarPage'), 'CalendarPage') },
  { key: 'notifications', path: '/notifications', icon: BellOutlined, labelKey: 'menu.notifications', ability: 'notifications.read', page: lazyPage(() => import('../features/notifications/pages/NotificationsPage'), 'NotificationsPage') },
  { key: 'profile', path: '/profile', icon: UserOutlined, labelKey: 'menu.profile', ability: 'profile.read', page: lazyPage(() => import('../features/profile/pages/ProfilePage'), 'ProfilePage') },
];

/** The side menu: the entries the abilities grant, without the route-only rows. */
export function visibleMenu(abilities: Abilities, entries: MenuEntry[] = MENU): MenuEntry[] {
  return entries.filter((entry) => entry.inMenu !== false && can(abilities, entry.ability));
}

/** The entry whose path is the longest prefix of the current location (for the selected key). */
export function activeEntry(pathname: string, entries: MenuEntry[]): MenuEntry | undefined {
  return entries
    .filter((e) =>
      e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
}
