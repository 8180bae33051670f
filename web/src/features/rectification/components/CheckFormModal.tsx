import { Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { isAfterTodayCst, todayCst } from '../../../lib/chinaDate';
import { requiredRule } from '../../../lib/validation';
import { useRectificationMutation } from '../api/hooks';
import { rectificationApi } from '../api/rectificationApi';
import { CHECK_KINDS, CHECK_RESULTS } from '../api/types';
import type { CheckInput, CheckKind, CheckResult, PlanDetail } from '../api/types';
import { checkKindLabel, checkResultLabel } from '../labels';

export interface CheckValues {
  kind?: CheckKind;
  plannedOn?: Dayjs;
  itemId?: string;
  /** Done already: record its date and result at once. */
  done?: boolean;
  doneOn?: Dayjs;
  result?: CheckResult;
  note?: string;
}

const day = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : null);

export function toCheckInput(planId: string, v: CheckValues): CheckInput {
  return {
    planId,
    itemId: v.itemId ?? null,
    kind: v.kind ?? 'onSite',
    plannedOn: day(v.plannedOn) ?? '',
    doneOn: v.done ? day(v.doneOn) : null,
    result: v.done ? (v.result ?? null) : null,
    note: v.note?.trim() || null,
  };
}

interface Props {
  plan: PlanDetail;
  open: boolean;
  onClose: () => void;
}

/**
 * 安排督查: how and when the plan (or one of its items) will be checked; a check already done
 * is recorded at once with its date and result. The server decides who may (403 with its
 * reason) and refuses before approval (422).
 */
export function CheckFormModal({ plan, open, onClose }: Props) {
  const { t } = useTranslation();
  const create = useRectificationMutation((input: CheckInput) =>
    rectificationApi.createCheck(input),
  );
  return (
    <FormModal<CheckValues>
      open={open}
      title={t('rectification.check.schedule')}
      initialValues={{ kind: 'onSite', plannedOn: todayCst(), done: false, doneOn: todayCst() }}
      onCancel={onClose}
      onSubmit={(values) => create.mutateAsync(toCheckInput(plan.id, values))}
      okTestId="check-save"
      width={600}
    >
      <Form.Item
        name="kind"
        label={t('rectification.check.field.kind')}
        rules={[requiredRule(t, 'rectification.check.field.kind')]}
      >
        <Radio.Group
          data-testid="check-kind"
          options={CHECK_KINDS.map((k) => ({ value: k, label: checkKindLabel(k) }))}
        />
      </Form.Item>
      <Form.Item
        name="plannedOn"
        label={t('rectification.check.field.plannedOn')}
        rules={[requiredRule(t, 'rectification.check.field.plannedOn')]}
      >
        <DatePicker style={{ width: '100%' }} data-testid="check-planned-on" />
      </Form.Item>
      <Form.Item
        name="itemId"
        label={t('rectification.check.field.item')}
        extra={t('rectification.check.itemHint')}
      >
        <Select
          allowClear
          data-testid="check-item"
          placeholder={t('rectification.check.wholePlan')}
          options={plan.items.map((i) => ({ value: i.id, label: i.problem }))}
        />
      </Form.Item>
      <Form.Item name="done" valuePropName="checked">
        <Checkbox data-testid="check-done">{t('rectification.check.doneNow')}</Checkbox>
      </Form.Item>
      <Form.Item noStyle dependencies={['done']}>
        {({ getFieldValue }) =>
          getFieldValue('done') === true && (
            <>
              <Form.Item
                name="doneOn"
                label={t('rectification.check.field.doneOn')}
                rules={[requiredRule(t, 'rectification.check.field.doneOn')]}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  disabledDate={isAfterTodayCst}
                  data-testid="check-done-on"
                />
              </Form.Item>
              <Form.Item
                name="result"
                label={t('rectification.check.field.result')}
                rules={[requiredRule(t, 'rectification.check.field.result')]}
              >
                <Radio.Group
                  data-testid="check-result-input"
                  options={CHECK_RESULTS.map((r) => ({ value: r, label: checkResultLabel(r) }))}
                />
              </Form.Item>
            </>
          )
        }
      </Form.Item>
      <Form.Item name="note" label={t('rectification.check.field.note')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={5000}
          data-testid="check-note"
        />
      </Form.Item>
    </FormModal>
  );
}
