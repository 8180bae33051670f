import { Alert, Button, Progress, Space, Typography } from 'antd';
import { CheckCircleOutlined, SafetyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { powProgress } from '../api/proofOfWork';

export interface PowState {
  solved: boolean;
  failed: boolean;
  tried: number;
  bits: number;
  onRetry: () => void;
}

/** 安全校验: the proof of work running in the background while the reporter types. */
export function PowStatus({ solved, failed, tried, bits, onRetry }: PowState) {
  const { t } = useTranslation();
  if (failed) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="report-pow"
        data-state="failed"
        title={t('publicReport.form.powFailed')}
        action={
          <Button size="small" onClick={onRetry} data-testid="report-pow-retry">
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (solved) {
    return (
      <Typography.Text type="success" data-testid="report-pow" data-state="solved">
        <CheckCircleOutlined /> {t('publicReport.form.powReady')}
      </Typography.Text>
    );
  }
  const percent = bits > 0 ? Math.round(powProgress(tried, bits) * 100) : 0;
  return (
    <Space
      orientation="vertical"
      size={0}
      style={{ width: '100%' }}
      data-testid="report-pow"
      data-state="solving"
      role="status"
    >
      <Typography.Text type="secondary">
        <SafetyOutlined />{' '}
        {percent > 0
          ? t('publicReport.form.powProgress', { percent })
          : t('publicReport.form.powSolving')}
      </Typography.Text>
      <Progress percent={percent} showInfo={false} size="small" status="active" />
    </Space>
  );
}
