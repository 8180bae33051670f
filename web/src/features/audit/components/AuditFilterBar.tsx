import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAuditActions } from '../api/auditApi';
import type { AuditFilters } from '../api/auditApi';
import { auditActionLabel } from '../actionLabel';

interface Values {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

type FilterPart = Omit<AuditFilters, 'page' | 'pageSize'>;

const blankToUndefined = (value: string | undefined) => value?.trim() || undefined;

export function AuditFilterBar({ onChange }: { onChange: (filters: FilterPart) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const actions = useAuditActions();

  const onFinish = (values: Values) =>
    onChange({
      action: values.action,
      entityType: blankToUndefined(values.entityType),
      entityId: blankToUndefined(values.entityId),
      actorId: blankToUndefined(values.actorId),
      from: values.range?.[0]?.toISOString(),
      to: values.range?.[1]?.toISOString(),
    });

  return (
    <Form<Values>
      form={form}
      layout="inline"
      onFinish={onFinish}
      style={{ rowGap: 8, marginBottom: 16 }}
    >
      <Form.Item name="action">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.field.action')}
          style={{ width: 200 }}
          options={(actions.data ?? []).map((code) => ({
            value: code,
            label: auditActionLabel(code),
          }))}
        />
      </Form.Item>
      <Form.Item name="entityType">
        <Input allowClear placeholder={t('audit.field.entityType')} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="entityId">
        <Input allowClear placeholder={t('audit.field.entityId')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="actorId">
        <Input allowClear placeholder={t('audit.field.actorId')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="range">
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
