import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  List,
  Radio,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { isAfterTodayCst } from '../../../lib/chinaDate';
import { requiredRule } from '../../../lib/validation';
import { useCan } from '../../auth/session';
import { useDisclosures, useRectificationMutation } from '../api/hooks';
import { rectificationApi } from '../api/rectificationApi';
import { DISCLOSURE_SCOPES } from '../api/types';
import type { DisclosureInput, DisclosureScope, PlanDetail } from '../api/types';
import { scopeLabel } from '../labels';

interface Values {
  scope: DisclosureScope;
  title?: string;
  summary?: string;
  publishedOn?: Dayjs;
}

/** The office publishes once the plan is approved (党内公开 or 社会公开). */
function PublishForm({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const publish = useRectificationMutation((input: DisclosureInput) =>
    rectificationApi.publish(input),
  );
  const onFinish = (v: Values) =>
    publish.mutate(
      {
        planId: plan.id,
        scope: v.scope,
        title: v.title?.trim() ?? '',
        summary: v.summary?.trim() ?? '',
        publishedOn: v.publishedOn ? v.publishedOn.format('YYYY-MM-DD') : null,
      },
      {
        onSuccess: () => {
          void message.success(t('rectification.disclosure.published'));
          form.resetFields();
        },
        onError: (error) => showError(error, form),
      },
    );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ scope: 'internal' }}
      onFinish={onFinish}
      data-testid="disclosure-form"
    >
      <Form.Item name="scope" label={t('rectification.disclosure.scope')}>
        <Radio.Group
          data-testid="disclosure-scope"
          options={DISCLOSURE_SCOPES.map((s) => ({ value: s, label: scopeLabel(s) }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('rectification.disclosure.title')}
        rules={[{ ...requiredRule(t, 'rectification.disclosure.title'), whitespace: true }]}
      >
        <Input maxLength={200} data-testid="disclosure-title" />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('rectification.disclosure.summary')}
        rules={[{ ...requiredRule(t, 'rectification.disclosure.summary'), whitespace: true }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 12 }}
          maxLength={10_000}
          data-testid="disclosure-summary"
        />
      </Form.Item>
      <Form.Item
        name="publishedOn"
        label={t('rectification.disclosure.publishedOn')}
        extra={t('rectification.disclosure.publishedOnHint')}
      >
        <DatePicker disabledDate={isAfterTodayCst} data-testid="disclosure-published-on" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={publish.isPending}
        data-testid="disclosure-publish"
      >
        {t('rectification.disclosure.publish')}
      </Button>
    </Form>
  );
}

/** 整改公开: what was published about this plan, and the office's publish form. */
export function DisclosuresSection({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const canReview = useCan('rectification.review');
  const disclosures = useDisclosures(plan.id);
  const publishable =
    plan.state === 'approved' || plan.state === 'reported' || plan.state === 'closed';
  return (
    <Card size="small" title={t('rectification.disclosure.section')} data-testid="plan-disclosures">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <List
          size="small"
          loading={disclosures.isLoading}
          dataSource={disclosures.data?.items ?? []}
          locale={{ emptyText: t('rectification.disclosure.none') }}
          renderItem={(d) => (
            <List.Item data-testid="disclosure-item" data-scope={d.scope}>
              <List.Item.Meta
                title={
                  <Space>
                    <Tag color={d.scope === 'public' ? 'green' : 'blue'}>{scopeLabel(d.scope)}</Tag>
                    <span>{d.title}</span>
                    <Typography.Text type="secondary">{d.publishedOn}</Typography.Text>
                  </Space>
                }
                description={<span style={{ whiteSpace: 'pre-wrap' }}>{d.summary}</span>}
              />
            </List.Item>
          )}
        />
        {canReview &&
          (publishable ? (
            <PublishForm plan={plan} />
          ) : (
            <Typography.Text type="secondary">
              {t('rectification.disclosure.notYet')}
            </Typography.Text>
          ))}
      </Space>
    </Card>
  );
}
