import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { isApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { useSubmitReport } from '../api/hooks';
import type { SolvedPow } from '../api/hooks';
import { REPORT_FOCUSES } from '../api/types';
import type { Receipt, ReportFocus, ReportInput } from '../api/types';
import { AccusedFields } from './AccusedFields';
import { placeFieldErrors } from './formErrors';
import { PowStatus } from './PowStatus';
import type { PowState } from './PowStatus';
import { COUNTED } from './counted';
import { EvidenceUpload } from './EvidenceUpload';
import {
  clearServerFilesError,
  expireRefusedFiles,
  finishedHandles,
  isUploading,
} from './evidenceFiles';
import type { EvidenceFile } from './evidenceFiles';

const FACTS_MIN = 20;
const FACTS_MAX = 10_000;

interface ReportFormValues {
  accused: { name?: string; unitName?: string; position?: string }[];
  focus?: ReportFocus;
  facts: string;
  anonymous: boolean;
  identity?: { name?: string; phone?: string; idNumber?: string };
  files?: EvidenceFile[];
}

const filled = (value: string | undefined) => value?.trim() || undefined;

export function reportBody(
  values: ReportFormValues,
  pow: SolvedPow,
  roundId: string | null,
): ReportInput {
  const files = finishedHandles(values.files);
  return {
    ...(roundId ? { roundId } : {}),
    pow: { challenge: pow.challenge, nonce: pow.nonce },
    accused: values.accused.map((a) => ({
      name: filled(a.name),
      unitName: filled(a.unitName),
      position: filled(a.position),
    })),
    focus: values.focus ?? null,
    facts: values.facts.trim(),
    anonymous: values.anonymous,
    ...(values.anonymous
      ? {}
      : {
          identity: {
            name: values.identity?.name?.trim() ?? '',
            phone: values.identity?.phone?.trim() ?? '',
            idNumber: filled(values.identity?.idNumber),
          },
        }),
    locale: currentLanguage(),
    ...(files.length > 0 ? { files } : {}),
  };
}

/** Refusals that leave the proof of work unspent: the same solution may be sent again. */
function keepsProof(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.status === 400 || error.status === 422) &&
    !error.fieldErrors.some((e) => e.path === 'pow')
  );
}

/**
 * The report itself. Submit stays disabled until the proof of work is solved; after a refusal
 * that may have spent it, a new one is solved before the next try.
 */
export function ReportForm({
  pow,
  powState,
  onRenewPow,
  roundId,
  onSubmitted,
}: {
  pow: SolvedPow | null;
  powState: Omit<PowState, 'solved'>;
  onRenewPow: () => void;
  roundId: string | null;
  onSubmitted: (receipt: Receipt) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReportFormValues>();
  const anonymous = Form.useWatch('anonymous', form) ?? true;
  const uploading = isUploading(Form.useWatch('files', form));
  const submit = useSubmitReport();
  const [problem, setProblem] = useState<{ title: string; lines: string[] } | null>(null);

  const onFinish = (values: ReportFormValues) => {
    if (!pow || isUploading(values.files)) return;
    setProblem(null);
    submit.mutate(reportBody(values, pow, roundId), {
      onSuccess: onSubmitted,
      onError: (error) => {
        const rest = placeFieldErrors(form, error);
        expireRefusedFiles(form, error);
        const powRefused = rest.some((e) => e.path === 'pow');
        const lines = rest.filter((e) => e.path !== 'pow').map((e) => e.message);
        if (powRefused) lines.push(t('publicReport.form.powRenewing'));
        const { title } = describeError(error, t);
        setProblem({ title, lines: lines.filter((line) => line !== title) });
        if (!keepsProof(error)) onRenewPow();
      },
    });
  };

  return (
    <Card title={t('publicReport.form.title')} data-testid="report-form">
      <Form<ReportFormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ accused: [{}], anonymous: true, files: [] }}
        onFinish={onFinish}
        onValuesChange={clearServerFilesError(form)}
        scrollToFirstError
      >
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('publicReport.form.accusedTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('publicReport.form.accusedHint')}
        </Typography.Paragraph>
        <AccusedFields />

        <Form.Item name="focus" label={t('publicReport.form.focus')}>
          <Select<ReportFocus>
            allowClear
            placeholder={t('publicReport.form.focusPlaceholder')}
            options={REPORT_FOCUSES.map((value) => ({
              value,
              label: t(`petitions.focus.${value}`),
            }))}
            data-testid="report-focus"
          />
        </Form.Item>

        <Form.Item
          name="facts"
          label={t('publicReport.form.facts')}
          extra={t('publicReport.form.factsHint')}
          rules={[
            { required: true, whitespace: true, message: t('publicReport.form.factsRequired') },
            {
              validator: async (_rule, value: string | undefined) => {
                if (value?.trim() && value.trim().length < FACTS_MIN)
                  throw new Error(t('publicReport.form.factsMin', { min: FACTS_MIN }));
              },
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 6, maxRows: 16 }}
            showCount
            maxLength={FACTS_MAX}
            placeholder={t('publicReport.form.factsPlaceholder')}
            style={COUNTED}
            data-testid="report-facts"
          />
        </Form.Item>

        <Form.Item name="files" label={t('publicReport.files.label')}>
          <EvidenceUpload testId="report-files" />
        </Form.Item>

        <Form.Item
          name="anonymous"
          label={t('publicReport.form.anonymous')}
          extra={
            anonymous ? t('publicReport.form.anonymousHint') : t('publicReport.form.realNameHint')
          }
        >
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="report-anonymous">
            {/* The test ids sit on the visible labels: antd hides the button inputs. */}
            <Radio.Button value={true}>
              <span data-testid="report-anonymous-yes">{t('publicReport.form.anonymousYes')}</span>
            </Radio.Button>
            <Radio.Button value={false}>
              <span data-testid="report-anonymous-no">{t('publicReport.form.anonymousNo')}</span>
            </Radio.Button>
          </Radio.Group>
        </Form.Item>

        {!anonymous && (
          <div data-testid="report-identity">
            <Form.Item
              name={['identity', 'name']}
              label={t('publicReport.form.identityName')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('publicReport.form.identityNameRequired'),
                },
              ]}
            >
              <Input maxLength={50} autoComplete="name" data-testid="report-identity-name" />
            </Form.Item>
            <Form.Item
              name={['identity', 'phone']}
              label={t('publicReport.form.phone')}
              rules={[
                { required: true, whitespace: true, message: t('publicReport.form.phoneRequired') },
              ]}
            >
              <Input
                maxLength={30}
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                data-testid="report-identity-phone"
              />
            </Form.Item>
            <Form.Item name={['identity', 'idNumber']} label={t('publicReport.form.idNumber')}>
              <Input maxLength={30} autoComplete="off" data-testid="report-identity-id-number" />
            </Form.Item>
          </div>
        )}

        {problem && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="report-submit-error"
            title={problem.title}
            description={
              problem.lines.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {problem.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
        <div style={{ marginBottom: 12 }}>
          <PowStatus solved={pow !== null} {...powState} />
          {uploading && (
            <Typography.Paragraph
              type="secondary"
              style={{ margin: '8px 0 0' }}
              data-testid="report-files-waiting"
            >
              {t('publicReport.files.waiting')}
            </Typography.Paragraph>
          )}
        </div>
        <Button
          type="primary"
          htmlType="submit"
          block
          disabled={pow === null || uploading}
          loading={submit.isPending}
          data-testid="report-submit"
        >
          {t('publicReport.form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
