import { Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequireSession } from '../features/auth/components/RequireSession';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { useCan } from '../features/auth/session';
import { AppLayout } from './layout/AppLayout';
import { lazyPage } from './lazyPage';
import { MENU } from './menu';
import type { MenuEntry } from './menu';

/** 巡察整改公开: open to anyone, outside the signed-in layout and its session guard. */
const PublicDisclosuresPage = lazyPage(
  () => import('../features/rectification/pages/PublicDisclosuresPage'),
  'PublicDisclosuresPage',
);

/** 网上举报 and 查询办理进展: the public reporting portal, no login either. */
const ReportPage = lazyPage(
  () => import('../features/public-report/pages/ReportPage'),
  'ReportPage',
);
const ReportStatusPage = lazyPage(
  () => import('../features/public-report/pages/ReportStatusPage'),
  'ReportStatusPage',
);

function PageFallback() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', padding: 64 }}>
      <Spin />
    </div>
  );
}

function ForbiddenPage() {
  const { t } = useTranslation();
  return <Result status="403" title="403" subTitle={t('errors.pageForbidden')} />;
}

function NotFoundPage() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('errors.pageNotFound')} />;
}

/** A page opens only with the ability its menu entry names (the server still checks each call). */
function GuardedPage({ entry }: { entry: MenuEntry }) {
  const allowed = useCan(entry.ability);
  if (!allowed) return <ForbiddenPage />;
  const Page = entry.page;
  return (
    <Suspense fallback={<PageFallback />}>
      <Page />
    </Suspense>
  );
}

function pageRoute(entry: MenuEntry): RouteObject {
  const element = <GuardedPage entry={entry} />;
  return entry.path === '/' ? { index: true, element } : { path: entry.path.slice(1), element };
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/public/disclosures',
    element: (
      <Suspense fallback={<PageFallback />}>
        <PublicDisclosuresPage />
      </Suspense>
    ),
  },
  {
    path: '/report',
    element: (
      <Suspense fallback={<PageFallback />}>
        <ReportPage />
      </Suspense>
    ),
  },
  {
    path: '/report/status',
    element: (
      <Suspense fallback={<PageFallback />}>
        <ReportStatusPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [...MENU.map(pageRoute), { path: '*', element: <NotFoundPage /> }],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
