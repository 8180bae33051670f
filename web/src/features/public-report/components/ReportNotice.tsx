import { Card, Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const ACCEPTED = [
  'publicReport.notice.accepted1',
  'publicReport.notice.accepted2',
  'publicReport.notice.accepted3',
] as const;
const NOT_ACCEPTED = [
  'publicReport.notice.notAccepted1',
  'publicReport.notice.notAccepted2',
  'publicReport.notice.notAccepted3',
] as const;

/**
 * 举报须知: what is handled here and what is not, the confidentiality promise and the warning
 * against false accusation. The form opens only once the reporter says they have read it.
 */
export function ReportNotice({
  acknowledged,
  onAcknowledge,
}: {
  acknowledged: boolean;
  onAcknowledge: () => void;
}) {
  const { t } = useTranslation();
  const section = { marginBottom: 4, marginTop: 12 };
  return (
    <Card title={t('publicReport.notice.title')} data-testid="report-notice">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('publicReport.notice.scopeTitle')}
      </Typography.Title>
      <Typography.Text strong>{t('publicReport.notice.acceptedTitle')}</Typography.Text>
      <ol style={{ paddingInlineStart: 20, marginTop: 4 }} data-testid="report-notice-accepted">
        {ACCEPTED.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <Typography.Text strong>{t('publicReport.notice.notAcceptedTitle')}</Typography.Text>
      <ol style={{ paddingInlineStart: 20, marginTop: 4 }} data-testid="report-notice-not-accepted">
        {NOT_ACCEPTED.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <Typography.Title level={5} style={section}>
        {t('publicReport.notice.confidentialityTitle')}
      </Typography.Title>
      <Typography.Paragraph data-testid="report-notice-confidentiality">
        {t('publicReport.notice.confidentiality')}
      </Typography.Paragraph>
      <Typography.Title level={5} style={section}>
        {t('publicReport.notice.falseAccusationTitle')}
      </Typography.Title>
      <Typography.Paragraph type="danger" data-testid="report-notice-false-accusation">
        {t('publicReport.notice.falseAccusation')}
      </Typography.Paragraph>
      <Checkbox
        checked={acknowledged}
        disabled={acknowledged}
        onChange={(e) => {
          if (e.target.checked) onAcknowledge();
        }}
        data-testid="report-notice-ack"
        style={{ fontSize: 16 }}
      >
        {t('publicReport.notice.ack')}
      </Checkbox>
    </Card>
  );
}
