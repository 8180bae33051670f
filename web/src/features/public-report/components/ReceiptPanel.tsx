import { useNavigate } from 'react-router';
import { Alert, App, Button, Card, Result, Space, Typography } from 'antd';
import { CopyOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Receipt } from '../api/types';

/**
 * The receipt code, shown this once: it is kept only in this page's memory (the server stores a
 * hash), so the reporter is told plainly to copy or write it down.
 */
export function ReceiptPanel({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receipt.receiptCode);
      void message.success(t('publicReport.receipt.copied'));
    } catch {
      // No clipboard outside a secure context or when refused: the code is on screen to copy.
      void message.warning(t('publicReport.receipt.copyFailed'));
    }
  };

  return (
    <Card data-testid="report-receipt">
      <Result
        status="success"
        title={t('publicReport.receipt.title')}
        subTitle={t('publicReport.receipt.receivedOn', { date: receipt.receivedOn })}
        style={{ paddingInline: 0 }}
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div style={{ textAlign: 'center' }}>
          <Typography.Text type="secondary">{t('publicReport.receipt.codeLabel')}</Typography.Text>
          <div
            data-testid="receipt-code"
            style={{
              fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
              fontSize: 'clamp(18px, 6vw, 30px)',
              fontWeight: 600,
              letterSpacing: 1,
              userSelect: 'all',
              padding: '12px 8px',
              background: '#fff7e6',
              border: '1px dashed #fa8c16',
              borderRadius: 8,
              marginTop: 4,
            }}
          >
            {/* One group per box, so a narrow screen wraps between groups, never inside one. */}
            {receipt.receiptCode.split('-').map((group, index, groups) => (
              <span key={index} style={{ display: 'inline-block', whiteSpace: 'nowrap' }}>
                {group}
                {index < groups.length - 1 && '-'}
              </span>
            ))}
          </div>
        </div>
        <Button
          block
          icon={<CopyOutlined />}
          onClick={() => void copy()}
          data-testid="receipt-copy"
        >
          {t('publicReport.receipt.copy')}
        </Button>
        <Alert
          type="warning"
          showIcon
          data-testid="receipt-keep"
          title={t('publicReport.receipt.keep')}
          description={t('publicReport.receipt.once')}
        />
        <Button
          block
          type="primary"
          icon={<SearchOutlined />}
          href="/report/status"
          onClick={(event) => {
            event.preventDefault();
            void navigate('/report/status');
          }}
          data-testid="receipt-status-link"
        >
          {t('publicReport.receipt.statusLink')}
        </Button>
      </Space>
    </Card>
  );
}
