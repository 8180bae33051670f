import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { isApiError } from '../../../lib/api';
import { requiredRule } from '../../../lib/validation';
import { rectificationKeys, useRectificationMutation } from '../api/hooks';
import { rectificationApi } from '../api/rectificationApi';
import { PLAN_ACTIONS, PLAN_OPINION_ACTIONS } from '../api/types';
import type { PlanAction, PlanDetail, PlanTransitionInput } from '../api/types';
import { planActionLabel } from '../labels';

const isKnownAction = (action: string): action is PlanAction =>
  (PLAN_ACTIONS as readonly string[]).includes(action);

interface Values {
  opinion?: string;
}

/**
 * One step of the plan with its opinion (required for 批准, 退回, 验收, 退回报告). A refusal
 * listing what is missing (findings without an item, open items, the unsigned 承诺书) stays in
 * the dialog as a list; `onRefused` hands the listed texts to the page to highlight.
 */
function PlanTransitionModal({
  plan,
  action,
  onClose,
  onRefused,
}: {
  plan: PlanDetail;
  action: PlanAction | null;
  onClose: () => void;
  onRefused: (messages: string[]) => void;
}) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const transition = useRectificationMutation((input: PlanTransitionInput) =>
    rectificationApi.transitionPlan(plan.id, input),
  );
  const needsOpinion = action !== null && PLAN_OPINION_ACTIONS.includes(action);

  useEffect(() => {
    if (action) form.resetFields();
  }, [action, form]);

  const onFinish = (values: Values) => {
    if (!action) return;
    setProblems([]);
    transition.mutate(
      { action, version: plan.version, opinion: values.opinion?.trim() || null },
      {
        onSuccess: () => {
          onRefused([]);
          void message.success(
            t('rectification.transitionDone', { action: planActionLabel(action) }),
          );
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            notification.warning({
              title: t('rectification.stale'),
              description: error.problem.detail,
              placement: 'topRight',
            });
            void queryClient.invalidateQueries({ queryKey: rectificationKeys.plan(plan.id) });
            onClose();
            return;
          }
          if (isApiError(error) && error.status === 422) {
            const listed = error.fieldErrors.map((e) => e.message);
            setProblems(listed);
            onRefused(listed);
          }
          showError(error, form);
        },
      },
    );
  };

  return (
    <Modal
      open={action !== null}
      title={
        action
          ? t('rectification.planTransitionTitle', {
              action: planActionLabel(action),
              unit: plan.unitName,
            })
          : ''
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action ? planActionLabel(action) : undefined}
      okButtonProps={{ 'data-testid': 'plan-submit' }}
      confirmLoading={transition.isPending}
      afterClose={() => setProblems([])}
      destroyOnHidden
      width={600}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        {action && (
          <Form.Item
            name="opinion"
            label={t(`rectification.opinionLabel.${action}`)}
            rules={
              needsOpinion
                ? [{ ...requiredRule(t, 'rectification.field.opinion'), whitespace: true }]
                : []
            }
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={10_000}
              data-testid="plan-opinion"
            />
          </Form.Item>
        )}
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid="plan-refusal"
            title={t('rectification.refused')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            }
          />
        )}
      </Form>
    </Modal>
  );
}

/** One button per plan step the server lists in `actions`, in the server's order. */
export function PlanActions({
  plan,
  onRefused,
}: {
  plan: PlanDetail;
  onRefused: (messages: string[]) => void;
}) {
  const [open, setOpen] = useState<PlanAction | null>(null);
  const actions = plan.actions.filter(isKnownAction);
  return (
    <>
      <Space wrap data-testid="plan-actions">
        {actions.map((action, index) => (
          <Button
            key={action}
            type={index === 0 ? 'primary' : 'default'}
            danger={action === 'return' || action === 'return_report'}
            onClick={() => setOpen(action)}
            data-testid={`plan-action-${action}`}
          >
            {planActionLabel(action)}
          </Button>
        ))}
      </Space>
      <PlanTransitionModal
        plan={plan}
        action={open}
        onClose={() => setOpen(null)}
        onRefused={onRefused}
      />
    </>
  );
}
