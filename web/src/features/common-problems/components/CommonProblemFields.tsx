import { DatePicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { cstDateString } from '../../../lib/chinaDate';
import { requiredRule } from '../../../lib/validation';

const required = (t: Parameters<typeof requiredRule>[0], key: string) => [
  { ...requiredRule(t, key), whitespace: true },
];

/** The task's own words and deadline, as set up and as corrected later (no past deadline). */
export function CommonProblemFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="title"
        label={t('commonProblem.field.title')}
        rules={required(t, 'commonProblem.field.title')}
      >
        <Input maxLength={100} data-testid="common-title" />
      </Form.Item>
      <Form.Item
        name="problem"
        label={t('commonProblem.field.problem')}
        rules={required(t, 'commonProblem.field.problem')}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="responsibleLeader"
        label={t('commonProblem.field.responsibleLeader')}
        rules={required(t, 'commonProblem.field.responsibleLeader')}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="measures"
        label={t('rectification.field.measures')}
        rules={required(t, 'rectification.field.measures')}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10_000} />
      </Form.Item>
      <Form.Item
        name="dueOn"
        label={t('rectification.field.dueOn')}
        rules={[requiredRule(t, 'rectification.field.dueOn')]}
      >
        <DatePicker
          disabledDate={(d) => d.format('YYYY-MM-DD') < cstDateString()}
          data-testid="common-due"
        />
      </Form.Item>
    </>
  );
}
