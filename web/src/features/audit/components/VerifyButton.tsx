import { Button, Modal, Result } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { useVerifyAudit } from '../api/auditApi';

/** Re-checks the audit hash chain on the server and shows what it found. */
export function VerifyButton() {
  const { t } = useTranslation();
  const showError = useShowError();
  const verify = useVerifyAudit();
  const result = verify.data;

  return (
    <>
      <Button
        icon={<SafetyCertificateOutlined />}
        loading={verify.isPending}
        onClick={() => verify.mutate(undefined, { onError: (error) => showError(error) })}
        data-testid="audit-verify"
      >
        {t('audit.verify')}
      </Button>
      <Modal
        open={Boolean(result)}
        footer={null}
        onCancel={() => verify.reset()}
        title={t('audit.verifyTitle')}
      >
        {result && (
          <Result
            status={result.ok ? 'success' : 'error'}
            title={result.ok ? t('audit.verifyOk') : t('audit.verifyBroken')}
            subTitle={
              result.ok
                ? t('audit.verifyChecked', { count: result.checked })
                : t('audit.verifyBrokenDetail', {
                    seq: result.firstBrokenSeq ?? '—',
                    reason: result.reason ?? '—',
                    count: result.checked,
                  })
            }
          />
        )}
      </Modal>
    </>
  );
}
