import { useEffect, useState } from 'react';
import { Alert, App, Checkbox, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { isApiError } from '../../../lib/api';
import { requiredRule } from '../../../lib/validation';
import { isAfterTodayCst, todayCst } from '../../../lib/chinaDate';
import {
  AttachmentPicker,
  isUploading,
  uploadedIds,
} from '../../petitions/components/AttachmentPicker';
import type { PickedFile } from '../../petitions/components/AttachmentPicker';
import { clueKeys, useClueMutation } from '../api/hooks';
import { cluesApi } from '../api/cluesApi';
import { CLUE_DISPOSALS, CLUE_OUTCOMES, DUAL_INQUIRY_RESULTS } from '../api/types';
import type {
  ClueDetail,
  ClueDisposal,
  ClueOutcome,
  ClueTransitionAction,
  ClueTransitionInput,
  DualInquiryResult,
} from '../api/types';
import { actionLabel, disposalLabel, dualResultLabel, outcomeLabel } from '../labels';

type Field = 'opinion' | 'disposal' | 'dualInquiry' | 'outcome';

/**
 * The fields each step asks for, after the clue machine's `requires`: 报告处置方式 (disposal +
 * disposalOn), 一案双查 (result + note), 销账 (outcome + outcomeOn, 诬告 only with 澄清正名).
 */
export const ACTION_FIELDS: Record<ClueTransitionAction, Field[]> = {
  hand_over: ['opinion'],
  acknowledge: ['opinion'],
  report_disposal: ['disposal', 'opinion'],
  record_dual_inquiry: ['dualInquiry'],
  close: ['outcome'],
};

interface Values {
  opinion?: string;
  disposal?: ClueDisposal;
  disposalOn?: Dayjs;
  dualInquiryResult?: DualInquiryResult;
  dualInquiryNote?: string;
  dualInquiryOn?: Dayjs;
  outcome?: ClueOutcome;
  outcomeOn?: Dayjs;
  outcomeNote?: string;
  falseAccusation?: boolean;
}

const day = (value: Dayjs | undefined) => (value ? value.format('YYYY-MM-DD') : null);
const text = (value: string | undefined) => value?.trim() || null;

export function toTransitionInput(
  action: ClueTransitionAction,
  version: number,
  v: Values,
  fileIds: string[] | null,
): ClueTransitionInput {
  const has = (field: Field) => ACTION_FIELDS[action].includes(field);
  return {
    action,
    version,
    ...(has('opinion') ? { opinion: text(v.opinion) } : {}),
    ...(has('disposal') ? { disposal: v.disposal ?? null, disposalOn: day(v.disposalOn) } : {}),
    ...(has('dualInquiry')
      ? {
          dualInquiryResult: v.dualInquiryResult ?? null,
          dualInquiryNote: text(v.dualInquiryNote),
          dualInquiryOn: day(v.dualInquiryOn),
        }
      : {}),
    ...(has('outcome')
      ? {
          outcome: v.outcome ?? null,
          outcomeOn: day(v.outcomeOn),
          outcomeNote: text(v.outcomeNote),
          falseAccusation: v.outcome === 'clearance' && v.falseAccusation === true,
        }
      : {}),
    ...(fileIds ? { fileIds } : {}),
  };
}

interface Props {
  clue: ClueDetail;
  /** null = closed. */
  action: ClueTransitionAction | null;
  onClose: () => void;
}

/**
 * One step of the clue (交账, 签收, 报告处置方式, 一案双查, 销账) with exactly the fields it needs and
 * the clue's version. For a receiver served on paper the office records the reply on its
 * behalf and must attach the scans. A 409 (someone else moved the clue) reloads the page.
 */
export function ClueTransitionModal({ clue, action, onClose }: Props) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [scansMissing, setScansMissing] = useState(false);
  const outcome = Form.useWatch('outcome', form);
  const disposal = Form.useWatch('disposal', form);
  const transition = useClueMutation((input: ClueTransitionInput) =>
    cluesApi.transition(clue.id, input),
  );
  const has = (field: Field) => (action ? ACTION_FIELDS[action].includes(field) : false);
  /** The office records the paper receiver's steps (all but 交账) with its written reply. */
  const scans = clue.actsOnBehalf && action !== null && action !== 'hand_over';

  useEffect(() => {
    if (!action) return;
    form.resetFields();
    const today = todayCst();
    form.setFieldsValue({ disposalOn: today, outcomeOn: today, dualInquiryOn: today });
  }, [action, form]);

  // 诬告 is a finding about a clearance only: it goes when the outcome changes.
  useEffect(() => {
    if (outcome !== 'clearance') form.setFieldValue('falseAccusation', false);
  }, [outcome, form]);

  const onFinish = (values: Values) => {
    if (!action) return;
    const fileIds = scans ? uploadedIds(files) : null;
    if (scans && fileIds?.length === 0) {
      setScansMissing(true);
      return;
    }
    transition.mutate(toTransitionInput(action, clue.version, values, fileIds), {
      onSuccess: () => {
        void message.success(t('clues.transition.done', { action: actionLabel(action) }));
        onClose();
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 409) {
          notification.warning({
            title: t('clues.transition.stale'),
            description: error.problem.detail,
            placement: 'topRight',
          });
          void queryClient.invalidateQueries({ queryKey: clueKeys.detail(clue.id) });
          onClose();
          return;
        }
        if (isApiError(error) && error.fieldErrors.some((e) => e.path === 'fileIds'))
          setScansMissing(true);
        showError(error, form);
      },
    });
  };

  return (
    <Modal
      open={action !== null}
      title={
        action ? t('clues.transition.title', { action: actionLabel(action), code: clue.code }) : ''
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action ? actionLabel(action) : undefined}
      okButtonProps={{ disabled: isUploading(files), 'data-testid': 'clue-transition-submit' }}
      confirmLoading={transition.isPending}
      afterClose={() => {
        setFiles([]);
        setScansMissing(false);
      }}
      destroyOnHidden
      width={600}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        {action === 'acknowledge' && clue.transfers.length > 0 && (
          <Typography.Paragraph type="secondary">
            {t('clues.transition.acknowledgeHint', {
              letter: clue.transfers[clue.transfers.length - 1]?.letterNumber ?? '',
            })}
          </Typography.Paragraph>
        )}
        {has('disposal') && (
          <>
            <Form.Item
              name="disposal"
              label={t('clues.field.disposal')}
              rules={[requiredRule(t, 'clues.field.disposal')]}
              extra={
                disposal === 'shelved'
                  ? t('clues.transition.shelvedHint')
                  : disposal === 'caseFiled'
                    ? t('clues.transition.caseFiledHint')
                    : undefined
              }
            >
              <Select
                data-testid="clue-disposal"
                options={CLUE_DISPOSALS.map((d) => ({ value: d, label: disposalLabel(d) }))}
              />
            </Form.Item>
            <Form.Item
              name="disposalOn"
              label={t('clues.field.disposalOn')}
              rules={[requiredRule(t, 'clues.field.disposalOn')]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={isAfterTodayCst}
                data-testid="clue-disposal-on"
              />
            </Form.Item>
          </>
        )}
        {has('dualInquiry') && (
          <>
            <Typography.Paragraph type="secondary">
              {t('clues.transition.dualInquiryHint')}
            </Typography.Paragraph>
            <Form.Item
              name="dualInquiryResult"
              label={t('clues.field.dualInquiryResult')}
              rules={[requiredRule(t, 'clues.field.dualInquiryResult')]}
            >
              <Select
                data-testid="clue-dual-result"
                options={DUAL_INQUIRY_RESULTS.map((r) => ({ value: r, label: dualResultLabel(r) }))}
              />
            </Form.Item>
            <Form.Item
              name="dualInquiryNote"
              label={t('clues.field.dualInquiryNote')}
              rules={[{ ...requiredRule(t, 'clues.field.dualInquiryNote'), whitespace: true }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 10 }}
                maxLength={10_000}
                data-testid="clue-dual-note"
              />
            </Form.Item>
            <Form.Item name="dualInquiryOn" label={t('clues.field.dualInquiryOn')}>
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={isAfterTodayCst}
                data-testid="clue-dual-on"
              />
            </Form.Item>
          </>
        )}
        {has('outcome') && (
          <>
            <Form.Item
              name="outcome"
              label={t('clues.field.outcome')}
              rules={[requiredRule(t, 'clues.field.outcome')]}
            >
              <Select
                data-testid="clue-outcome"
                options={CLUE_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) }))}
              />
            </Form.Item>
            <Form.Item
              name="outcomeOn"
              label={t('clues.field.outcomeOn')}
              rules={[requiredRule(t, 'clues.field.outcomeOn')]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={isAfterTodayCst}
                data-testid="clue-outcome-on"
              />
            </Form.Item>
            <Form.Item name="outcomeNote" label={t('clues.field.outcomeNote')}>
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 10 }}
                maxLength={10_000}
                data-testid="clue-outcome-note"
              />
            </Form.Item>
            <Form.Item
              name="falseAccusation"
              valuePropName="checked"
              extra={t('clues.transition.falseAccusationHint')}
            >
              <Checkbox disabled={outcome !== 'clearance'} data-testid="clue-false-accusation">
                {t('clues.field.falseAccusation')}
              </Checkbox>
            </Form.Item>
          </>
        )}
        {has('opinion') && action && (
          <Form.Item name="opinion" label={t(`clues.opinionLabel.${action}`)}>
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={10_000}
              data-testid="clue-transition-opinion"
            />
          </Form.Item>
        )}
        {scans && (
          <Form.Item
            label={t('clues.transition.scans')}
            required
            validateStatus={scansMissing ? 'error' : undefined}
            help={scansMissing ? t('clues.transition.scansRequired') : undefined}
            extra={t('clues.transition.onBehalfHint', { receiver: clue.receiverName ?? '' })}
          >
            <div data-testid="clue-scans">
              <AttachmentPicker
                value={files}
                onChange={(picked) => {
                  setFiles(picked);
                  if (uploadedIds(picked).length > 0) setScansMissing(false);
                }}
                upload={cluesApi.uploadFile}
                buttonLabel={t('clues.transition.pickScans')}
              />
            </div>
          </Form.Item>
        )}
        {scans && <Alert type="info" showIcon title={t('clues.transition.onBehalf')} />}
      </Form>
    </Modal>
  );
}
