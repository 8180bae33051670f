import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { useCommonProblemMutation } from '../api/hooks';
import { commonProblemsApi } from '../api/commonProblemsApi';
import type { CommonProblemDetail, CommonProblemInput } from '../api/types';

type Values = Pick<CommonProblemInput, 'title' | 'problem' | 'responsibleLeader' | 'measures'> & {
  dueOn?: Dayjs;
};

/** The office corrects the task while it is worked on (the units stay; the server re-checks). */
export function EditCommonProblemModal(props: {
  problem: CommonProblemDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { problem } = props;
  const update = useCommonProblemMutation((input: Partial<CommonProblemInput>) =>
    commonProblemsApi.update(problem.id, { ...input, version: problem.version }),
  );
  return (
    <FormModal<Values>
      open={props.open}
      title={t('commonProblem.edit')}
      width={720}
      onCancel={props.onClose}
      okTestId="common-edit-save"
      initialValues={{
        title: problem.title,
        problem: problem.problem,
        responsibleLeader: problem.responsibleLeader,
        measures: problem.measures,
        dueOn: dayjs(problem.dueOn),
      }}
      onSubmit={async ({ dueOn, ...values }) => {
        const newDue = dueOn?.format('YYYY-MM-DD');
        await update.mutateAsync({
          ...values,
          ...(newDue && newDue !== problem.dueOn ? { dueOn: newDue } : {}),
        });
        props.onClose();
      }}
    >
      <Form.Item
        name="title"
        label={t('commonProblem.field.title')}
        rules={[{ ...requiredRule(t, 'commonProblem.field.title'), whitespace: true }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="problem"
        label={t('commonProblem.field.problem')}
        rules={[{ ...requiredRule(t, 'commonProblem.field.problem'), whitespace: true }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="responsibleLeader"
        label={t('commonProblem.field.responsibleLeader')}
        rules={[{ ...requiredRule(t, 'commonProblem.field.responsibleLeader'), whitespace: true }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="measures"
        label={t('rectification.field.measures')}
        rules={[{ ...requiredRule(t, 'rectification.field.measures'), whitespace: true }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10_000} />
      </Form.Item>
      <Form.Item
        name="dueOn"
        label={t('rectification.field.dueOn')}
        rules={[requiredRule(t, 'rectification.field.dueOn')]}
      >
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}
