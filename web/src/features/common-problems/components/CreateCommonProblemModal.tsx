import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { UnitPicker } from '../../org/components/UnitPicker';
import { useCommonProblemMutation } from '../api/hooks';
import { commonProblemsApi } from '../api/commonProblemsApi';
import type { CandidateFinding, CommonProblemInput } from '../api/types';
import { CommonProblemFields } from './CommonProblemFields';
import { FindingPicker } from './FindingPicker';

interface Values extends Omit<CommonProblemInput, 'dueOn'> {
  dueOn?: Dayjs;
}

/**
 * 确定共性问题 (the office): the findings of several units, the lead unit and its answerable
 * leader, the cooperating units (by default every other unit with the problem), the measures and
 * the deadline. The server checks that the findings come from two or more units.
 */
export function CreateCommonProblemModal({
  open,
  onClose,
}: {
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [picked, setPicked] = useState<CandidateFinding[]>([]);
  const create = useCommonProblemMutation((input: CommonProblemInput) =>
    commonProblemsApi.create(input),
  );
  const units = [...new Map(picked.map((f) => [f.unitId, f.unitName])).entries()];

  return (
    <FormModal<Values>
      open={open}
      title={t('commonProblem.create')}
      width={860}
      onCancel={onClose}
      okTestId="common-problem-save"
      onSubmit={async ({ dueOn, ...values }) => {
        const created = await create.mutateAsync({
          ...values,
          cooperatingUnitIds: values.cooperatingUnitIds ?? [],
          dueOn: dueOn ? dueOn.format('YYYY-MM-DD') : '',
        });
        onClose();
        void navigate(`/rectification/common-problems/${created.id}`);
      }}
    >
      {(form) => (
        <>
          <Form.Item
            name="findingIds"
            label={t('commonProblem.field.findings')}
            extra={t('commonProblem.findingsHint')}
            rules={[requiredRule(t, 'commonProblem.field.findings')]}
          >
            <FindingPicker
              active={open}
              onChange={(ids, rows) => {
                form.setFieldValue('findingIds', ids);
                setPicked(rows);
              }}
            />
          </Form.Item>
          <Form.Item
            name="leadUnitId"
            label={t('commonProblem.field.leadUnit')}
            rules={[requiredRule(t, 'commonProblem.field.leadUnit')]}
          >
            <UnitPicker />
          </Form.Item>
          <Form.Item
            name="cooperatingUnitIds"
            label={t('commonProblem.field.cooperatingUnits')}
            extra={t('commonProblem.cooperatingHint')}
          >
            <Select
              mode="multiple"
              allowClear
              options={units.map(([value, label]) => ({ value, label }))}
              data-testid="common-cooperating"
            />
          </Form.Item>
          <CommonProblemFields />
        </>
      )}
    </FormModal>
  );
}
