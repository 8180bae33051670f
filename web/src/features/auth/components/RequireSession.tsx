import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { useMe } from '../api/hooks';
import { SessionContext } from '../session';

export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      const next = location.pathname + location.search;
      const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
      return <Navigate to={`/login${query}`} replace />;
    }
    return (
      <Result
        status="error"
        title={t('errors.sessionLoadFailed')}
        extra={
          <Button type="primary" onClick={() => void me.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  return <SessionContext.Provider value={me.data}>{children}</SessionContext.Provider>;
}
