import { useEffect } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { isApiError } from '../../../lib/api';
import { requiredRule } from '../../../lib/validation';
import { isAfterTodayCst, todayCst } from '../../../lib/chinaDate';
import { petitionKeys, usePetitionMutation } from '../api/hooks';
import { petitionsApi } from '../api/petitionsApi';
import { ANSWER_METHODS } from '../api/types';
import type { AnswerMethod, PetitionAction, PetitionDetail, TransitionInput } from '../api/types';
import { actionLabel, answerMethodLabel } from '../labels';
import { DepartmentSelect } from './DepartmentSelect';
import { HandlerSelect } from './HandlerSelect';

type Field = 'handler' | 'handlingDepartment' | 'transfer' | 'extension' | 'answer' | 'opinion';

/**
 * The fields each action asks for, after the petition machine's `requires` (opinion, handlerId,
 * transferDepartmentId + transferDueOn, extensionDays, answerMethod + answeredOn + answerContent).
 * An opinion is optional where the machine does not require one, and absent from 答复.
 */
export const ACTION_FORM: Record<PetitionAction, { fields: Field[]; opinionRequired: boolean }> = {
  // 登记 of a report from the public page: the clerk's note (the report's own text stays).
  register: { fields: ['opinion'], opinionRequired: true },
  propose: { fields: ['opinion'], opinionRequired: true },
  approve: { fields: ['opinion'], opinionRequired: true },
  return: { fields: ['opinion'], opinionRequired: true },
  assign: { fields: ['handler', 'handlingDepartment', 'opinion'], opinionRequired: false },
  report: { fields: ['opinion'], opinionRequired: true },
  review: { fields: ['opinion'], opinionRequired: true },
  extend: { fields: ['extension', 'opinion'], opinionRequired: true },
  transfer: { fields: ['transfer', 'opinion'], opinionRequired: false },
  receive_reply: { fields: ['opinion'], opinionRequired: true },
  reject: { fields: ['opinion'], opinionRequired: true },
  answer: { fields: ['answer'], opinionRequired: false },
  archive: { fields: ['opinion'], opinionRequired: false },
};

/** The longest extension the rules allow (信访工作条例: one extension of up to 30 days). */
export const MAX_EXTENSION_DAYS = 30;

interface FormValues {
  opinion?: string;
  handlerId?: string;
  handlingDepartmentId?: string;
  transferDepartmentId?: string;
  transferDueOn?: Dayjs;
  extensionDays?: number;
  answerMethod?: AnswerMethod;
  answeredOn?: Dayjs;
  answerContent?: string;
}

const day = (value: Dayjs | undefined) => (value ? value.format('YYYY-MM-DD') : null);
const text = (value: string | undefined) => value?.trim() || null;

function toInput(action: PetitionAction, version: number, v: FormValues): TransitionInput {
  const { fields } = ACTION_FORM[action];
  const has = (field: Field) => fields.includes(field);
  return {
    action,
    version,
    ...(has('opinion') ? { opinion: text(v.opinion) } : {}),
    ...(has('handler') ? { handlerId: v.handlerId ?? null } : {}),
    ...(has('handlingDepartment') ? { handlingDepartmentId: v.handlingDepartmentId ?? null } : {}),
    ...(has('transfer')
      ? {
          transferDepartmentId: v.transferDepartmentId ?? null,
          transferDueOn: day(v.transferDueOn),
        }
      : {}),
    ...(has('extension') ? { extensionDays: v.extensionDays ?? null } : {}),
    ...(has('answer')
      ? {
          answerMethod: v.answerMethod ?? null,
          answeredOn: day(v.answeredOn),
          answerContent: text(v.answerContent),
        }
      : {}),
  };
}

interface Props {
  petition: PetitionDetail;
  /** null = closed. */
  action: PetitionAction | null;
  onClose: () => void;
}

/**
 * One step of the petition's handling, with exactly the fields the step needs. The petition's
 * version goes with it: if someone else moved the petition meanwhile (409), the page reloads it
 * and says so instead of overwriting their step.
 */
export function TransitionModal({ petition, action, onClose }: Props) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const transition = usePetitionMutation((input: TransitionInput) =>
    petitionsApi.transition(petition.id, input),
  );
  const spec = action ? ACTION_FORM[action] : null;
  const has = (field: Field) => spec?.fields.includes(field) ?? false;

  useEffect(() => {
    if (!action) return;
    form.resetFields();
    if (action === 'answer') form.setFieldsValue({ answeredOn: todayCst() });
  }, [action, form]);

  const onFinish = (values: FormValues) => {
    if (!action) return;
    transition.mutate(toInput(action, petition.version, values), {
      onSuccess: () => {
        void message.success(t('petitions.transition.done', { action: actionLabel(action) }));
        onClose();
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 409) {
          notification.warning({
            title: t('petitions.transition.stale'),
            description: error.problem.detail,
            placement: 'topRight',
          });
          void queryClient.invalidateQueries({ queryKey: petitionKeys.detail(petition.id) });
          onClose();
          return;
        }
        showError(error, form);
      },
    });
  };

  return (
    <Modal
      open={action !== null}
      title={
        action
          ? t('petitions.transition.title', { action: actionLabel(action), code: petition.code })
          : ''
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action ? actionLabel(action) : undefined}
      okButtonProps={{ 'data-testid': 'transition-submit' }}
      confirmLoading={transition.isPending}
      destroyOnHidden
      width={560}
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        {has('handler') && (
          <Form.Item
            name="handlerId"
            label={t('petitions.transition.handler')}
            rules={[requiredRule(t, 'petitions.transition.handler')]}
          >
            <HandlerSelect />
          </Form.Item>
        )}
        {has('handlingDepartment') && (
          <Form.Item
            name="handlingDepartmentId"
            label={t('petitions.transition.handlingDepartment')}
          >
            <DepartmentSelect allowClear jurisdictionId={petition.jurisdictionId} />
          </Form.Item>
        )}
        {has('transfer') && (
          <>
            <Form.Item
              name="transferDepartmentId"
              label={t('petitions.transition.transferDepartment')}
              rules={[requiredRule(t, 'petitions.transition.transferDepartment')]}
            >
              <DepartmentSelect
                jurisdictionId={petition.jurisdictionId}
                data-testid="transition-transfer-department"
              />
            </Form.Item>
            <Form.Item
              name="transferDueOn"
              label={t('petitions.transition.transferDueOn')}
              rules={[requiredRule(t, 'petitions.transition.transferDueOn')]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(d) => d.isBefore(todayCst(), 'day')}
              />
            </Form.Item>
          </>
        )}
        {has('extension') && (
          <Form.Item
            name="extensionDays"
            label={t('petitions.transition.extensionDays')}
            extra={t('petitions.transition.extensionHint', { max: MAX_EXTENSION_DAYS })}
            rules={[requiredRule(t, 'petitions.transition.extensionDays')]}
          >
            <InputNumber
              min={1}
              max={MAX_EXTENSION_DAYS}
              precision={0}
              style={{ width: 160 }}
              data-testid="transition-extension-days"
            />
          </Form.Item>
        )}
        {has('answer') && (
          <>
            <Form.Item
              name="answerMethod"
              label={t('petitions.transition.answerMethod')}
              rules={[requiredRule(t, 'petitions.transition.answerMethod')]}
            >
              <Select
                data-testid="transition-answer-method"
                options={ANSWER_METHODS.map((m) => ({ value: m, label: answerMethodLabel(m) }))}
              />
            </Form.Item>
            <Form.Item
              name="answeredOn"
              label={t('petitions.transition.answeredOn')}
              rules={[requiredRule(t, 'petitions.transition.answeredOn')]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={isAfterTodayCst}
                data-testid="transition-answered-on"
              />
            </Form.Item>
            <Form.Item
              name="answerContent"
              label={t('petitions.transition.answerContent')}
              rules={[requiredRule(t, 'petitions.transition.answerContent')]}
            >
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 10 }}
                maxLength={10_000}
                data-testid="transition-answer-content"
              />
            </Form.Item>
          </>
        )}
        {has('opinion') && action && (
          <Form.Item
            name="opinion"
            label={t(`petitions.opinionLabel.${action}`)}
            rules={
              spec?.opinionRequired
                ? [
                    {
                      required: true,
                      whitespace: true,
                      message: t('petitions.transition.opinionRequired'),
                    },
                  ]
                : []
            }
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={10_000}
              data-testid="transition-opinion"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
