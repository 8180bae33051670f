import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Tag,
  Typography,
} from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { formatDateTime } from '../../../lib/format';
import { useSession } from '../../auth/session';
import { useRectificationMutation } from '../api/hooks';
import { rectificationApi } from '../api/rectificationApi';
import type { PlanDetail } from '../api/types';

/** 签署承诺书: the named secretary re-enters their password; a wrong one shows on the field. */
function SignModal({
  plan,
  open,
  onClose,
}: {
  plan: PlanDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<{ password: string }>();
  const sign = useRectificationMutation((password: string) =>
    rectificationApi.signReport(plan.id, password),
  );
  return (
    <Modal
      open={open}
      title={t('rectification.report.signTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('rectification.report.sign')}
      okButtonProps={{ 'data-testid': 'report-sign-submit' }}
      confirmLoading={sign.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ password }) =>
          sign.mutate(password, {
            onSuccess: () => {
              void message.success(t('rectification.report.signed'));
              onClose();
            },
            onError: (error) => showError(error, form),
          })
        }
      >
        <Typography.Paragraph>{t('rectification.report.commitment')}</Typography.Paragraph>
        <Form.Item
          name="password"
          label={t('rectification.report.password')}
          rules={[{ required: true, message: t('validation.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" data-testid="report-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 整改情况报告 with the secretary's 真实性承诺书: the unit writes it once the plan is approved; the
 * named secretary (由我签署 names the current user) signs it after re-entering their password.
 * Changing the content voids the signature (valid = false) until it is signed again.
 */
export function ReportSection({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const me = useSession();
  /** What the user typed; null = the saved content. */
  const [draft, setDraft] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);
  const report = plan.report;

  const content = draft ?? report?.content ?? '';

  const save = useRectificationMutation((text: string) =>
    rectificationApi.saveReport(plan.id, text),
  );
  const setSecretary = useRectificationMutation(() =>
    rectificationApi.updatePlan(plan.id, { version: plan.version, secretaryUserId: me.user.id }),
  );
  const unitMayEdit = plan.canEditItems || plan.canWriteReport;
  const mayNameMe = unitMayEdit && plan.secretaryUserId !== me.user.id;

  return (
    <Card
      size="small"
      title={t('rectification.report.title')}
      data-testid="plan-report"
      extra={
        <Space wrap>
          {mayNameMe && (
            <Button
              loading={setSecretary.isPending}
              onClick={() =>
                setSecretary.mutate(undefined, {
                  onSuccess: () => void message.success(t('rectification.report.secretarySet')),
                  onError: (error) => showError(error),
                })
              }
              data-testid="report-sign-me"
            >
              {t('rectification.report.signMe')}
            </Button>
          )}
          {plan.canSign && (
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              onClick={() => setSigning(true)}
              data-testid="report-sign"
            >
              {t('rectification.report.sign')}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'secretary',
              label: t('rectification.report.secretary'),
              children: <span data-testid="report-secretary">{plan.secretaryName ?? '—'}</span>,
            },
            {
              key: 'signed',
              label: t('rectification.report.signedBy'),
              children: report?.signedAt
                ? `${report.signedByName ?? '—'} · ${formatDateTime(report.signedAt)}`
                : t('rectification.report.unsigned'),
            },
            {
              key: 'valid',
              label: t('rectification.report.commitmentState'),
              children: report ? (
                <Tag
                  color={report.valid ? 'green' : 'red'}
                  data-testid="report-valid"
                  data-valid={report.valid ? 'true' : 'false'}
                >
                  {report.valid
                    ? t('rectification.report.valid')
                    : t('rectification.report.invalid')}
                </Tag>
              ) : (
                '—'
              ),
            },
          ]}
        />
        {report && !report.valid && report.signedAt && (
          <Alert type="warning" showIcon title={t('rectification.report.voided')} />
        )}
        {plan.canWriteReport ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input.TextArea
              value={content}
              onChange={(e) => setDraft(e.target.value)}
              autoSize={{ minRows: 6, maxRows: 20 }}
              maxLength={50_000}
              placeholder={t('rectification.report.placeholder')}
              data-testid="report-content"
            />
            <Button
              type="primary"
              disabled={!content.trim()}
              loading={save.isPending}
              onClick={() =>
                save.mutate(content, {
                  onSuccess: () => {
                    setDraft(null);
                    void message.success(t('common.saved'));
                  },
                  onError: (error) => showError(error),
                })
              }
              data-testid="report-save"
            >
              {t('rectification.report.save')}
            </Button>
          </Space>
        ) : report ? (
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', margin: 0 }}
            data-testid="report-text"
          >
            {report.content}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('rectification.report.none')}</Typography.Text>
        )}
      </Space>
      {plan.canSign && <SignModal plan={plan} open={signing} onClose={() => setSigning(false)} />}
    </Card>
  );
}
