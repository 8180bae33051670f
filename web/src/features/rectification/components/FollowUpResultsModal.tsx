import { useEffect } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { isAfterTodayCst, todayCst } from '../../../lib/chinaDate';
import { requiredRule } from '../../../lib/validation';
import { useRectificationMutation } from '../api/hooks';
import { rectificationApi } from '../api/rectificationApi';
import type { FollowUpInput, FollowUpVisit } from '../api/types';
import { checkResultLabel } from '../labels';

interface Values {
  visitedOn?: Dayjs;
  /** One per sampled item, in the visit's order. */
  results?: { passed?: boolean; note?: string }[];
}

export function toFollowUpInput(visit: FollowUpVisit, v: Values): FollowUpInput {
  return {
    version: visit.version,
    visitedOn: v.visitedOn ? v.visitedOn.format('YYYY-MM-DD') : '',
    results: visit.sampleItemIds.map((itemId, i) => ({
      itemId,
      passed: v.results?.[i]?.passed === true,
      note: v.results?.[i]?.note?.trim() || null,
    })),
  };
}

interface Props {
  /** The visit to record; null = closed. */
  visit: FollowUpVisit | null;
  problemOf: (itemId: string) => string;
  onClose: () => void;
}

/**
 * 记录回头看结果: the day of the visit and, for every sampled item, whether its rectification
 * held. A failed item is reopened by the server (and counts against the unit), which the dialog
 * says up front and again, with the count, as soon as an item is marked 未通过.
 */
export function FollowUpResultsModal({ visit, problemOf, onClose }: Props) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const results = Form.useWatch('results', form);
  const failed = (results ?? []).filter((r) => r?.passed === false).length;
  const record = useRectificationMutation(
    ({ visitId, input }: { visitId: string; input: FollowUpInput }) =>
      rectificationApi.recordFollowUp(visitId, input),
  );

  useEffect(() => {
    if (visit) form.resetFields();
  }, [visit, form]);

  const onFinish = (values: Values) => {
    if (!visit) return;
    const input = toFollowUpInput(visit, values);
    const reopened = input.results.filter((r) => !r.passed).length;
    record.mutate(
      { visitId: visit.id, input },
      {
        onSuccess: () => {
          if (reopened > 0)
            notification.warning({
              title: t('rectification.followUp.reopened', { count: reopened }),
              placement: 'topRight',
            });
          else void message.success(t('rectification.followUp.recorded'));
          onClose();
        },
        onError: (error) => showError(error, form),
      },
    );
  };

  return (
    <Modal
      open={visit !== null}
      title={t('rectification.followUp.record')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'follow-up-save' }}
      confirmLoading={record.isPending}
      destroyOnHidden
      width={680}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{ visitedOn: todayCst() }}
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('rectification.followUp.failWarning')}
          data-testid="follow-up-warning"
        />
        <Form.Item
          name="visitedOn"
          label={t('rectification.followUp.visitedOn')}
          rules={[requiredRule(t, 'rectification.followUp.visitedOn')]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={isAfterTodayCst}
            data-testid="follow-up-visited-on"
          />
        </Form.Item>
        {visit?.sampleItemIds.map((itemId, index) => (
          <div
            key={itemId}
            data-testid="follow-up-sample"
            data-item-id={itemId}
            style={{ borderTop: '1px solid #f0f0f0', paddingTop: 12 }}
          >
            <Typography.Paragraph strong style={{ whiteSpace: 'pre-wrap' }}>
              {index + 1}. {problemOf(itemId)}
            </Typography.Paragraph>
            <Form.Item
              name={['results', index, 'passed']}
              label={t('rectification.followUp.result')}
              rules={[requiredRule(t, 'rectification.followUp.result')]}
            >
              <Radio.Group
                data-testid={`follow-up-passed-${itemId}`}
                options={[
                  { value: true, label: checkResultLabel('passed') },
                  { value: false, label: checkResultLabel('failed') },
                ]}
              />
            </Form.Item>
            <Form.Item name={['results', index, 'note']} label={t('rectification.followUp.note')}>
              <Input.TextArea
                autoSize={{ minRows: 1, maxRows: 6 }}
                maxLength={2000}
                data-testid={`follow-up-note-${itemId}`}
              />
            </Form.Item>
          </div>
        ))}
        {failed > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('rectification.followUp.failedCount', { count: failed })}
            data-testid="follow-up-failed-warning"
          />
        )}
      </Form>
    </Modal>
  );
}
