import { useEffect } from 'react';
import {
  Alert,
  App,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { isApiError } from '../../../lib/api';
import { requiredRule } from '../../../lib/validation';
import { isAfterTodayCst } from '../../../lib/chinaDate';
import { clueKeys, useClueMutation } from '../api/hooks';
import { cluesApi } from '../api/cluesApi';
import type { ClueDetail, ClueReceiver, TransferInput } from '../api/types';
import { departmentKindLabel } from '../labels';

interface Values {
  receiverDepartmentId?: string;
  changeReason?: string;
  feedbackDueOn?: Dayjs;
  opinion?: string;
}

/** A receiver in one line: name, jurisdiction and 纸质送达 when it has no accounts. */
export function receiverText(r: ClueReceiver, paper: string): string {
  return `${r.name}（${r.jurisdictionName}）${r.onPaper ? ` · ${paper}` : ''}`;
}

interface Props {
  clue: ClueDetail;
  open: boolean;
  onClose: () => void;
}

/**
 * 转账 (移交): the receiver proposed by cadre-management authority, with the reasons, is chosen
 * already; choosing another asks why. A receiver without accounts is served on paper. While the
 * collective review (集体研判) has not decided to transfer, nothing can be sent.
 */
export function TransferModal({ clue, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const proposed = clue.proposedReceiver;
  const chosenId = Form.useWatch('receiverDepartmentId', form);
  const chosen = clue.receiverOptions.find((r) => r.departmentId === chosenId);
  const changed = proposed !== null && chosenId !== undefined && chosenId !== proposed.departmentId;
  const transfer = useClueMutation((input: TransferInput) => cluesApi.transfer(clue.id, input));
  const paper = t('clues.transfer.onPaper');

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ receiverDepartmentId: proposed?.departmentId });
    // The proposal is read once per opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, form]);

  const onFinish = (values: Values) => {
    if (!values.receiverDepartmentId) return;
    transfer.mutate(
      {
        version: clue.version,
        receiverDepartmentId: values.receiverDepartmentId,
        changeReason: changed ? values.changeReason?.trim() || null : null,
        feedbackDueOn: values.feedbackDueOn ? values.feedbackDueOn.format('YYYY-MM-DD') : null,
        opinion: values.opinion?.trim() || null,
      },
      {
        onSuccess: (detail) => {
          const letter = detail.transfers[detail.transfers.length - 1]?.letterNumber ?? '';
          void message.success(t('clues.transfer.done', { letter }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            notification.warning({
              title: t('clues.transfer.refused'),
              description: error.problem.detail,
              placement: 'topRight',
            });
            void queryClient.invalidateQueries({ queryKey: clueKeys.detail(clue.id) });
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
      open={open}
      title={t('clues.transfer.title', { code: clue.code })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('clues.action.transfer')}
      okButtonProps={{ disabled: clue.reviewMissing, 'data-testid': 'transfer-submit' }}
      confirmLoading={transfer.isPending}
      destroyOnHidden
      width={640}
    >
      {clue.reviewMissing && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('clues.transfer.reviewMissing')}
          description={t('clues.transfer.reviewMissingHint')}
          data-testid="transfer-review-missing"
        />
      )}
      {proposed ? (
        <Card
          size="small"
          style={{ marginBottom: 16 }}
          title={t('clues.transfer.proposed')}
          data-testid="transfer-proposed"
          data-department-id={proposed.departmentId}
        >
          <Space orientation="vertical" size={4}>
            <Space wrap>
              <Typography.Text strong data-testid="transfer-proposed-name">
                {proposed.name}
              </Typography.Text>
              <Tag>{proposed.jurisdictionName}</Tag>
              <Tag>{departmentKindLabel(proposed.kind)}</Tag>
              {proposed.onPaper && <Tag color="orange">{paper}</Tag>}
            </Space>
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="transfer-reasons">
              {proposed.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </Space>
        </Card>
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('clues.transfer.noProposal')}
        />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item
          name="receiverDepartmentId"
          label={t('clues.transfer.receiver')}
          rules={[requiredRule(t, 'clues.transfer.receiver')]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="transfer-receiver"
            options={clue.receiverOptions.map((r) => ({
              value: r.departmentId,
              label: receiverText(r, paper),
            }))}
          />
        </Form.Item>
        {chosen?.onPaper && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('clues.transfer.onPaperHint')}
            data-testid="transfer-on-paper"
          />
        )}
        {changed && (
          <Form.Item
            name="changeReason"
            label={t('clues.transfer.changeReason')}
            extra={t('clues.transfer.changeReasonHint', { name: proposed.name })}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('clues.transfer.changeReasonRequired'),
              },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={1000}
              data-testid="transfer-change-reason"
            />
          </Form.Item>
        )}
        <Form.Item
          name="feedbackDueOn"
          label={t('clues.transfer.feedbackDueOn')}
          extra={t('clues.transfer.feedbackDueOnHint')}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => !isAfterTodayCst(d)}
            data-testid="transfer-feedback-due-on"
          />
        </Form.Item>
        <Form.Item name="opinion" label={t('clues.transfer.opinion')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={10_000}
            data-testid="transfer-opinion"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
