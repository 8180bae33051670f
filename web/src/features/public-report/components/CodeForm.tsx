import { Alert, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/errors';
import { useReportAccess } from '../api/hooks';
import { normalizeReceiptCode } from '../api/publicReportApi';
import type { ReportAccess } from '../api/types';

/** 凭回执码查询: the code (typed any way) for a half-hour token; the code itself is not kept. */
export function CodeForm({
  notice,
  onOpened,
}: {
  notice: string | null;
  onOpened: (access: ReportAccess) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const access = useReportAccess();

  const onFinish = ({ code }: { code: string }) => {
    const digits = normalizeReceiptCode(code);
    if (!digits) return;
    access.mutate(digits, {
      onSuccess: (opened) => {
        form.resetFields();
        onOpened(opened);
      },
    });
  };

  return (
    <Card title={t('publicReport.status.title')} data-testid="status-code-form">
      {notice && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={notice}
          data-testid="status-notice"
        />
      )}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish}>
        <Form.Item
          name="code"
          label={t('publicReport.status.codeLabel')}
          extra={t('publicReport.status.codeHint')}
          rules={[
            {
              validator: async (_rule, value: string | undefined) => {
                if (!normalizeReceiptCode(value ?? ''))
                  throw new Error(t('publicReport.status.codeInvalid'));
              },
            },
          ]}
        >
          <Input
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={60}
            placeholder={t('publicReport.status.codePlaceholder')}
            data-testid="status-code-input"
          />
        </Form.Item>
        {access.isError && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={describeError(access.error, t).title}
            data-testid="status-code-error"
          />
        )}
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={access.isPending}
          data-testid="status-open"
        >
          {t('publicReport.status.open')}
        </Button>
      </Form>
    </Card>
  );
}
