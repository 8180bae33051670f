import { useState } from 'react';
import { Button, Result, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { publicReportKeys, useMyReport } from '../api/hooks';
import type { ReportAccess } from '../api/types';
import { CodeForm } from '../components/CodeForm';
import { PublicShell } from '../components/PublicShell';
import { ReportProgress } from '../components/ReportProgress';

/**
 * 查询办理进展 (`/report/status`, no login): the receipt code opens a short-lived token kept in
 * this page's state only (never in storage); when it expires (401) the code is asked again.
 */
export function ReportStatusPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [access, setAccess] = useState<ReportAccess | null>(null);
  const [expired, setExpired] = useState(false);
  const report = useMyReport(access?.token ?? null);
  const refused = isApiError(report.error) && report.error.status === 401;

  const end = (timedOut: boolean) => {
    setAccess(null);
    setExpired(timedOut);
    queryClient.removeQueries({ queryKey: publicReportKeys.allMine });
  };

  let body;
  if (!access || refused) {
    body = (
      <CodeForm
        notice={expired || refused ? t('publicReport.status.expired') : null}
        onOpened={(opened) => {
          setExpired(false);
          setAccess(opened);
        }}
      />
    );
  } else if (report.data) {
    body = (
      <ReportProgress
        token={access.token}
        report={report.data}
        onExpired={() => end(true)}
        onClose={() => end(false)}
      />
    );
  } else if (report.isError) {
    body = (
      <Result
        status="error"
        title={t('publicReport.status.loadFailed')}
        subTitle={describeError(report.error, t).title}
        extra={<Button onClick={() => void report.refetch()}>{t('common.retry')}</Button>}
      />
    );
  } else {
    body = (
      <div style={{ display: 'grid', placeItems: 'center', padding: 48 }}>
        <Spin />
      </div>
    );
  }

  return <PublicShell title={t('publicReport.status.title')}>{body}</PublicShell>;
}
