import { DatePicker, Descriptions, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { isAfterTodayCst, todayCst } from '../../../lib/chinaDate';
import { requiredRule } from '../../../lib/validation';
import { useRectificationMutation } from '../api/hooks';
import { rectificationApi } from '../api/rectificationApi';
import { CHECK_RESULTS } from '../api/types';
import type { CheckPatch, CheckResult, SupervisionCheck } from '../api/types';
import { checkKindLabel, checkResultLabel } from '../labels';

interface Values {
  doneOn?: Dayjs;
  result?: CheckResult;
  note?: string;
}

function initialValues(check: SupervisionCheck): Values {
  const today = todayCst();
  const planned = dayjs(check.plannedOn);
  return {
    // The planned day when it has come, else today (a check cannot be done in the future).
    doneOn: check.doneOn ? dayjs(check.doneOn) : planned.isAfter(today, 'day') ? today : planned,
    note: check.note ?? undefined,
  };
}

interface Props {
  /** The check to record; null = closed. */
  check: SupervisionCheck | null;
  /** The problem of the check's item (none: the whole plan). */
  itemLabel: string;
  onClose: () => void;
}

/** 记录结果: a planned check done, with its date, result and what was found (PATCH + version). */
export function CheckResultModal({ check, itemLabel, onClose }: Props) {
  const { t } = useTranslation();
  const record = useRectificationMutation(
    ({ checkId, input }: { checkId: string; input: CheckPatch }) =>
      rectificationApi.recordCheck(checkId, input),
  );
  return (
    <FormModal<Values>
      open={check !== null}
      title={t('rectification.check.recordTitle')}
      initialValues={check ? initialValues(check) : undefined}
      onCancel={onClose}
      onSubmit={(v) =>
        record.mutateAsync({
          checkId: check?.id ?? '',
          input: {
            version: check?.version ?? 0,
            doneOn: v.doneOn ? v.doneOn.format('YYYY-MM-DD') : null,
            result: v.result ?? null,
            note: v.note?.trim() || null,
          },
        })
      }
      okTestId="check-record-save"
      width={560}
    >
      {check && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'kind',
              label: t('rectification.check.field.kind'),
              children: checkKindLabel(check.kind),
            },
            {
              key: 'plannedOn',
              label: t('rectification.check.field.plannedOn'),
              children: check.plannedOn,
            },
            { key: 'item', label: t('rectification.check.field.item'), children: itemLabel },
          ]}
        />
      )}
      <Form.Item
        name="doneOn"
        label={t('rectification.check.field.doneOn')}
        rules={[requiredRule(t, 'rectification.check.field.doneOn')]}
      >
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={isAfterTodayCst}
          data-testid="check-record-done-on"
        />
      </Form.Item>
      <Form.Item
        name="result"
        label={t('rectification.check.field.result')}
        rules={[requiredRule(t, 'rectification.check.field.result')]}
      >
        <Radio.Group
          data-testid="check-record-result"
          options={CHECK_RESULTS.map((r) => ({ value: r, label: checkResultLabel(r) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('rectification.check.field.note')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={5000}
          data-testid="check-record-note"
        />
      </Form.Item>
    </FormModal>
  );
}
