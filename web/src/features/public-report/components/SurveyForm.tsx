import { Alert, Button, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/errors';
import { SATISFACTION_RATINGS } from '../api/types';
import type { SatisfactionRating, SurveyInput } from '../api/types';
import { COUNTED } from './counted';

/** 满意度评价: once, after the answer; stored apart from the report. */
export function SurveyForm({
  submit,
  pending,
  error,
}: {
  submit: (input: SurveyInput) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ rating: SatisfactionRating; comment?: string }>();
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      data-testid="survey-form"
      onFinish={({ rating, comment }) =>
        submit({ rating, ...(comment?.trim() ? { comment: comment.trim() } : {}) })
      }
    >
      <Typography.Paragraph type="secondary">{t('publicReport.survey.hint')}</Typography.Paragraph>
      <Form.Item
        name="rating"
        rules={[{ required: true, message: t('publicReport.survey.ratingRequired') }]}
      >
        <Radio.Group data-testid="survey-rating">
          {SATISFACTION_RATINGS.map((rating) => (
            <Radio key={rating} value={rating} data-testid={`survey-${rating}`}>
              {t(`publicReport.survey.rating.${rating}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="comment" label={t('publicReport.survey.comment')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          showCount
          style={COUNTED}
          data-testid="survey-comment"
        />
      </Form.Item>
      {error !== null && error !== undefined && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={describeError(error, t).title}
          data-testid="survey-error"
        />
      )}
      <Button type="primary" htmlType="submit" loading={pending} data-testid="survey-submit">
        {t('publicReport.survey.submit')}
      </Button>
    </Form>
  );
}
