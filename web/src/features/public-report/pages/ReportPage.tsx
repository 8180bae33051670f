import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProofOfWork } from '../api/hooks';
import type { Receipt } from '../api/types';
import { PublicShell } from '../components/PublicShell';
import { ReceiptPanel } from '../components/ReceiptPanel';
import { ReportForm } from '../components/ReportForm';
import { ReportNotice } from '../components/ReportNotice';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The notice, then the form; the proof of work starts at once, while the reporter reads. */
function ReportFlow({ onSubmitted }: { onSubmitted: (receipt: Receipt) => void }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const round = params.get('round');
  const roundId = round && UUID.test(round) ? round : null;
  const pow = useProofOfWork();
  const [acknowledged, setAcknowledged] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (acknowledged) formRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }, [acknowledged]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {round && (
        <Alert
          type={roundId ? 'info' : 'warning'}
          showIcon
          data-testid="report-round"
          title={
            roundId ? t('publicReport.form.roundChannel') : t('publicReport.form.roundInvalid')
          }
        />
      )}
      <ReportNotice acknowledged={acknowledged} onAcknowledge={() => setAcknowledged(true)} />
      {acknowledged && (
        <div ref={formRef}>
          <ReportForm
            pow={pow.solution}
            powState={{
              failed: pow.error !== null,
              tried: pow.progress.tried,
              bits: pow.progress.bits,
              onRetry: () => void pow.renew(),
            }}
            onRenewPow={() => void pow.renew()}
            roundId={roundId}
            onSubmitted={onSubmitted}
          />
        </div>
      )}
    </Space>
  );
}

/**
 * 网上举报 (`/report`, `/report?round=<id>`): open to anyone, no login. After submission the
 * receipt code replaces the form; it lives only in this component's state.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  return (
    <PublicShell title={t('publicReport.portalTitle')}>
      {receipt ? <ReceiptPanel receipt={receipt} /> : <ReportFlow onSubmitted={setReceipt} />}
    </PublicShell>
  );
}
