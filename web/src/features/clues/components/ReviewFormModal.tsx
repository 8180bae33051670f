import { useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { requiredRule } from '../../../lib/validation';
import { isAfterTodayCst, todayCst } from '../../../lib/chinaDate';
import { useClueMutation, useClues } from '../api/hooks';
import { cluesApi } from '../api/cluesApi';
import { CLUE_REVIEW_DECISIONS } from '../api/types';
import type { ClueReviewDecision, ClueSummary, ReviewInput } from '../api/types';
import { decisionLabel, unitPositionLine } from '../labels';

interface DecisionValues {
  decision?: ClueReviewDecision;
  note?: string;
}

interface Values {
  heldOn?: Dayjs;
  chair?: string;
  participants?: string[];
  note?: string;
  /** Per clue id; a clue left without a decision is not part of this meeting. */
  decisions?: Record<string, DecisionValues | undefined>;
}

/** The clues waiting for the collective review: those handed over (交账), up to a page of 100. */
const HANDED_OVER = { page: 1, pageSize: 100, account: 'handedOver' } as const;

export function toReviewInput(values: Values): ReviewInput {
  return {
    heldOn: (values.heldOn ?? todayCst()).format('YYYY-MM-DD'),
    chair: values.chair?.trim() ?? '',
    participants: (values.participants ?? []).map((p) => p.trim()).filter(Boolean),
    note: values.note?.trim() || null,
    decisions: Object.entries(values.decisions ?? {}).flatMap(([clueId, d]) =>
      d?.decision ? [{ clueId, decision: d.decision, note: d.note?.trim() || null }] : [],
    ),
  };
}

interface Props {
  open: boolean;
  onClose: () => void;
}

/**
 * 集体研判会议: date, chair, participants, and a decision for each handed-over clue discussed
 * (移交处置, 补充完善, 合并处理). A clue needs a 移交处置 decision before it can be transferred.
 */
export function ReviewFormModal({ open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const [noDecision, setNoDecision] = useState(false);
  const clues = useClues(HANDED_OVER, open);
  const create = useClueMutation((input: ReviewInput) => cluesApi.createReview(input));

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ heldOn: todayCst(), participants: [] });
  }, [open, form]);

  const onFinish = (values: Values) => {
    const input = toReviewInput(values);
    if (input.decisions.length === 0) {
      setNoDecision(true);
      return;
    }
    create.mutate(input, {
      onSuccess: () => {
        void message.success(t('clues.review.saved', { count: input.decisions.length }));
        onClose();
      },
      onError: (error) => showError(error, form),
    });
  };

  const columns: TableColumnsType<ClueSummary> = [
    { key: 'code', title: t('clues.field.code'), dataIndex: 'code', width: 130 },
    {
      key: 'accused',
      title: t('clues.field.accused'),
      render: (_, c) => (
        <span>
          {c.accusedName ?? '—'}
          <Typography.Text type="secondary"> {unitPositionLine(c)}</Typography.Text>
        </span>
      ),
    },
    {
      key: 'description',
      title: t('clues.field.description'),
      dataIndex: 'description',
      ellipsis: true,
    },
    {
      key: 'decision',
      title: t('clues.review.decision'),
      width: 150,
      render: (_, c) => (
        <Form.Item name={['decisions', c.id, 'decision']} noStyle>
          <Select
            allowClear
            placeholder={t('clues.review.notDiscussed')}
            style={{ width: 140 }}
            onChange={() => setNoDecision(false)}
            data-testid={`review-decision-${c.code}`}
            options={CLUE_REVIEW_DECISIONS.map((d) => ({ value: d, label: decisionLabel(d) }))}
          />
        </Form.Item>
      ),
    },
    {
      key: 'note',
      title: t('clues.review.decisionNote'),
      width: 200,
      render: (_, c) => (
        <Form.Item name={['decisions', c.id, 'note']} noStyle>
          <Input maxLength={1000} data-testid={`review-decision-note-${c.code}`} />
        </Form.Item>
      ),
    },
  ];

  return (
    <Modal
      open={open}
      title={t('clues.review.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'review-submit' }}
      confirmLoading={create.isPending}
      afterClose={() => setNoDecision(false)}
      destroyOnHidden
      width={960}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <div style={{ display: 'grid', gridTemplateColumns: '200px 1fr', columnGap: 16 }}>
          <Form.Item
            name="heldOn"
            label={t('clues.review.heldOn')}
            rules={[requiredRule(t, 'clues.review.heldOn')]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={isAfterTodayCst}
              data-testid="review-held-on"
            />
          </Form.Item>
          <Form.Item
            name="chair"
            label={t('clues.review.chair')}
            rules={[{ ...requiredRule(t, 'clues.review.chair'), whitespace: true }]}
          >
            <Input maxLength={50} data-testid="review-chair" />
          </Form.Item>
        </div>
        <Form.Item
          name="participants"
          label={t('clues.review.participants')}
          extra={t('clues.review.participantsHint')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('clues.review.participantsRequired'),
            },
          ]}
        >
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、', ';', '；']}
            data-testid="review-participants"
          />
        </Form.Item>
        <Form.Item name="note" label={t('clues.review.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Typography.Title level={5}>{t('clues.review.decisions')}</Typography.Title>
        {noDecision && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('clues.review.decisionRequired')}
            data-testid="review-decisions-empty"
          />
        )}
        <Table<ClueSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={clues.data?.items}
          loading={clues.isFetching}
          pagination={false}
          scroll={{ y: 360 }}
          locale={{ emptyText: t('clues.review.noClues') }}
          data-testid="review-clues"
        />
      </Form>
    </Modal>
  );
}
