import { useEffect } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { isApiError } from '../../../lib/api';
import { useRoundMutation } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';
import type { RoundAction, RoundDetail, TransitionInput } from '../api/types';
import { actionLabel } from '../labels';

/** The steps whose machine transition `requires: ['opinion']`. */
export const OPINION_REQUIRED: ReadonlySet<RoundAction> = new Set([
  'return_report',
  'approve_report',
]);

interface Props {
  round: RoundDetail;
  /** null = closed. */
  action: RoundAction | null;
  onClose: () => void;
}

/**
 * One stage step, with its opinion and the round's version. What the step's gate still needs is
 * shown before sending; if the server refuses (409: a gate item missing, or someone else moved
 * the round meanwhile), the page reloads the round and names what is missing.
 */
export function RoundTransitionModal({ round, action, onClose }: Props) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<{ opinion?: string }>();
  const transition = useRoundMutation((input: TransitionInput) =>
    roundsApi.transition(round.id, input),
  );
  const missing = action ? (round.gates[action] ?? []) : [];
  const opinionRequired = action ? OPINION_REQUIRED.has(action) : false;

  useEffect(() => {
    if (action) form.resetFields();
  }, [action, form]);

  const onFinish = ({ opinion }: { opinion?: string }) => {
    if (!action) return;
    transition.mutate(
      { action, version: round.version, opinion: opinion?.trim() || null },
      {
        onSuccess: () => {
          void message.success(t('rounds.transition.done', { action: actionLabel(action) }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            const lines = error.fieldErrors.map((e) => e.message);
            notification.warning({
              title: t('rounds.transition.refused', { action: actionLabel(action) }),
              description: lines.length
                ? t('rounds.gate.missing', { items: lines.join('；') })
                : error.problem.detail,
              placement: 'topRight',
            });
            onClose();
            return;
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
          ? t('rounds.transition.title', { action: actionLabel(action), name: round.name })
          : ''
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action ? actionLabel(action) : undefined}
      okButtonProps={{ 'data-testid': 'round-transition-submit' }}
      confirmLoading={transition.isPending}
      destroyOnHidden
      width={560}
    >
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('rounds.transition.gateWarning')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="round-transition-gate">
              {missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item
          name="opinion"
          label={action ? t(`rounds.opinionLabel.${action}`) : ''}
          rules={
            opinionRequired
              ? [
                  {
                    required: true,
                    whitespace: true,
                    message: t('rounds.transition.opinionRequired'),
                  },
                ]
              : []
          }
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={10_000}
            data-testid="round-transition-opinion"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
