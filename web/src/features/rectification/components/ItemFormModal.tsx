import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { useRectificationMutation } from '../api/hooks';
import { rectificationApi } from '../api/rectificationApi';
import type { ItemInput, ItemPatch, ItemView, PlanDetail } from '../api/types';

export interface ItemValues {
  findingId?: string;
  problem?: string;
  responsibleLeader?: string;
  responsiblePersons?: string;
  measures?: string;
  dueOn?: Dayjs;
  immediateFix?: boolean;
}

const text = (value: string | undefined) => value?.trim() || null;

export function toItemInput(planId: string, v: ItemValues): ItemInput {
  return {
    planId,
    findingId: v.findingId ?? null,
    problem: text(v.problem),
    responsibleLeader: v.responsibleLeader?.trim() ?? '',
    responsiblePersons: text(v.responsiblePersons),
    measures: v.measures?.trim() ?? '',
    dueOn: v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null,
    immediateFix: v.immediateFix === true,
  };
}

/** The edit's body: every field as shown (the server keeps the deadline when none is sent). */
export function toItemPatch(item: Pick<ItemView, 'version'>, v: ItemValues): ItemPatch {
  const { planId: _planId, ...fields } = toItemInput('', v);
  return { ...fields, version: item.version };
}

function itemValues(item: ItemView): ItemValues {
  return {
    findingId: item.findingId ?? undefined,
    problem: item.problem,
    responsibleLeader: item.responsibleLeader,
    responsiblePersons: item.responsiblePersons ?? undefined,
    measures: item.measures,
    dueOn: dayjs(item.dueOn),
    immediateFix: item.immediateFix,
  };
}

interface Props {
  plan: PlanDetail;
  open: boolean;
  onClose: () => void;
  /** Preselect this finding (新增 from a finding without an item). */
  findingId?: string;
  /** Edit this item (PATCH with its version) instead of adding one. */
  item?: ItemView | null;
}

/**
 * 新增整改事项 / 修改整改事项 (while the plan is drafted): one row of the four lists — the problem
 * (a finding of the round, or written freely), who is responsible, the measures and the deadline
 * (by default the plan's), 立行立改. One modal serves both, so its test ids stay unique.
 */
export function ItemFormModal({ plan, open, onClose, findingId, item }: Props) {
  const { t } = useTranslation();
  const create = useRectificationMutation((input: ItemInput) => rectificationApi.createItem(input));
  const update = useRectificationMutation(
    ({ itemId, input }: { itemId: string; input: ItemPatch }) =>
      rectificationApi.updateItem(itemId, input),
  );
  const feedbackOn = dayjs(plan.feedbackOn);
  return (
    <FormModal<ItemValues>
      open={open}
      title={item ? t('rectification.editItem') : t('rectification.addItem')}
      initialValues={item ? itemValues(item) : { findingId, immediateFix: false }}
      onCancel={onClose}
      onSubmit={(values) =>
        item
          ? update.mutateAsync({ itemId: item.id, input: toItemPatch(item, values) })
          : create.mutateAsync(toItemInput(plan.id, values))
      }
      okTestId="item-save"
      width={640}
    >
      {(form) => (
        <>
          <Form.Item
            name="findingId"
            label={t('rectification.field.finding')}
            extra={t('rectification.findingHint')}
          >
            <Select
              allowClear
              data-testid="item-finding"
              placeholder={t('rectification.freeProblem')}
              options={plan.findings.map((f) => ({
                value: f.id,
                label:
                  f.itemCount === 0 ? `${f.problem}（${t('rectification.uncovered')}）` : f.problem,
              }))}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['findingId']}>
            {() => (
              <Form.Item
                name="problem"
                label={t('rectification.field.problem')}
                rules={
                  form.getFieldValue('findingId')
                    ? []
                    : [{ ...requiredRule(t, 'rectification.field.problem'), whitespace: true }]
                }
              >
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={2000}
                  data-testid="item-problem"
                />
              </Form.Item>
            )}
          </Form.Item>
          <Form.Item
            name="responsibleLeader"
            label={t('rectification.field.responsibleLeader')}
            rules={[
              { ...requiredRule(t, 'rectification.field.responsibleLeader'), whitespace: true },
            ]}
          >
            <Input maxLength={100} data-testid="item-leader" />
          </Form.Item>
          <Form.Item name="responsiblePersons" label={t('rectification.field.responsiblePersons')}>
            <Input maxLength={500} data-testid="item-persons" />
          </Form.Item>
          <Form.Item
            name="measures"
            label={t('rectification.field.measures')}
            rules={[{ ...requiredRule(t, 'rectification.field.measures'), whitespace: true }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={5000}
              data-testid="item-measures"
            />
          </Form.Item>
          <Form.Item
            name="dueOn"
            label={t('rectification.field.dueOn')}
            extra={item ? undefined : t('rectification.dueOnHint', { dueOn: plan.dueOn })}
            rules={item ? [requiredRule(t, 'rectification.field.dueOn')] : []}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.isBefore(feedbackOn, 'day')}
              data-testid="item-due-on"
            />
          </Form.Item>
          <Form.Item name="immediateFix" valuePropName="checked">
            <Checkbox data-testid="item-immediate">{t('rectification.immediateFix')}</Checkbox>
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
