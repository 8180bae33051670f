import { useEffect } from 'react';
import { App, Button, DatePicker, Form, Input, Select } from 'antd';
import type { FormRule } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { requiredRule } from '../../../lib/validation';
import { useSaveCalendarEntry } from '../api/calendarApi';
import type { CalendarEntry, CalendarKind } from '../api/calendarApi';

interface Values {
  date: Dayjs;
  kind: CalendarKind;
  name: string;
}

const isWeekend = (d: Dayjs) => d.day() === 0 || d.day() === 6;

export function CalendarEntryForm({ editing }: { editing: CalendarEntry | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const save = useSaveCalendarEntry();

  useEffect(() => {
    if (editing) form.setFieldsValue({ ...editing, date: dayjs(editing.date) });
  }, [editing, form]);

  // Only a hint: a holiday normally replaces a weekday and a make-up workday a weekend day.
  const kindHint: FormRule = ({ getFieldValue }) => ({
    warningOnly: true,
    validator: (_rule, kind: CalendarKind | undefined) => {
      const date = getFieldValue('date') as Dayjs | undefined;
      if (!date || !kind) return Promise.resolve();
      if (kind === 'holiday' && isWeekend(date))
        return Promise.reject(new Error(t('calendar.holidayOnWeekend')));
      if (kind === 'workday' && !isWeekend(date))
        return Promise.reject(new Error(t('calendar.workdayOnWeekday')));
      return Promise.resolve();
    },
  });

  const onFinish = (values: Values) =>
    save.mutate(
      { date: values.date.format('YYYY-MM-DD'), kind: values.kind, name: values.name.trim() },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          form.resetFields();
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <Form<Values>
      form={form}
      layout="inline"
      onFinish={onFinish}
      style={{ rowGap: 8, marginBottom: 16 }}
    >
      <Form.Item name="date" rules={[requiredRule(t, 'calendar.field.date')]}>
        <DatePicker placeholder={t('calendar.field.date')} />
      </Form.Item>
      <Form.Item
        name="kind"
        dependencies={['date']}
        rules={[requiredRule(t, 'calendar.field.kind'), kindHint]}
      >
        <Select<CalendarKind>
          placeholder={t('calendar.field.kind')}
          style={{ width: 140 }}
          options={(['holiday', 'workday'] as const).map((k) => ({
            value: k,
            label: t(`calendar.kind.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="name" rules={[requiredRule(t, 'calendar.field.name')]}>
        <Input placeholder={t('calendar.field.namePlaceholder')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('calendar.save')}
        </Button>
      </Form.Item>
    </Form>
  );
}
