import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button, Result, Spin } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api';
import { describeError } from '../lib/errors';

interface Props<T> {
  query: UseQueryResult<T>;
  /** Shown for 404 (not visible to this user, or no such record) and 400 (malformed id). */
  notFound: { text: string; testId: string; backTo: string; backText: string };
  children: (data: T) => ReactNode;
}

/**
 * A record's page while it loads, when it cannot be shown (404 as "not found", never a hint that
 * it exists; other errors with a retry), and then the page itself.
 */
export function QueryResult<T>({ query, notFound, children }: Props<T>) {
  const { t } = useTranslation();
  if (query.isLoading) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', padding: 64 }}>
        <Spin />
      </div>
    );
  }
  if (query.error || query.data === undefined) {
    const status = isApiError(query.error) ? query.error.status : 0;
    if (status === 404 || status === 400) {
      return (
        <Result
          status="404"
          title="404"
          subTitle={notFound.text}
          data-testid={notFound.testId}
          extra={<Link to={notFound.backTo}>{notFound.backText}</Link>}
        />
      );
    }
    return (
      <Result
        status={status === 403 ? '403' : 'error'}
        title={describeError(query.error, t).title}
        extra={<Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  return <>{children(query.data)}</>;
}
