import { useState } from 'react';
import { App, Button, Card, DatePicker, Popconfirm, Table, Tabs, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { todayCst } from '../../../lib/chinaDate';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { useCalendar, useDeleteCalendarEntry } from '../api/calendarApi';
import type { CalendarEntry } from '../api/calendarApi';
import { CalendarEntryForm } from '../components/CalendarEntryForm';
import { CalendarMonthView } from '../components/CalendarMonthView';

export function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [year, setYear] = useState(() => todayCst().year());
  const [editing, setEditing] = useState<CalendarEntry | null>(null);
  const calendar = useCalendar(year);
  const remove = useDeleteCalendarEntry();

  const columns: TableColumnsType<CalendarEntry> = [
    { title: t('calendar.field.date'), dataIndex: 'date' },
    {
      title: t('calendar.field.weekday'),
      key: 'weekday',
      render: (_, e) => dayjs(e.date).format('dddd'),
    },
    {
      title: t('calendar.field.kind'),
      dataIndex: 'kind',
      render: (_, e) => (
        <Tag color={e.kind === 'holiday' ? 'red' : 'blue'}>{t(`calendar.kind.${e.kind}`)}</Tag>
      ),
    },
    { title: t('calendar.field.name'), dataIndex: 'name' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, e) => (
        <>
          <Button type="link" size="small" onClick={() => setEditing({ ...e })}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('calendar.confirmDelete', { date: e.date })}
            onConfirm={() =>
              remove.mutate(e.date, {
                onSuccess: () => void message.success(t('common.deleted')),
                onError: (error) => showError(error),
              })
            }
          >
            <Button type="link" size="small" danger>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </>
      ),
    },
  ];

  return (
    <Card
      title={t('menu.calendar')}
      extra={
        <DatePicker
          picker="year"
          allowClear={false}
          value={dayjs(`${year}-01-01`)}
          onChange={(value) => value && setYear(value.year())}
        />
      }
    >
      <CalendarEntryForm editing={editing} />
      <Tabs
        items={[
          {
            key: 'table',
            label: t('calendar.tableView'),
            children: (
              <Table<CalendarEntry>
                rowKey="date"
                size="middle"
                columns={columns}
                dataSource={calendar.data}
                loading={calendar.isFetching}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
              />
            ),
          },
          {
            key: 'month',
            label: t('calendar.monthView'),
            children: (
              <CalendarMonthView
                year={year}
                entries={calendar.data ?? []}
                onPick={(entry, date) =>
                  setEditing(
                    entry ?? {
                      date: date.format('YYYY-MM-DD'),
                      kind: date.day() === 0 || date.day() === 6 ? 'workday' : 'holiday',
                      name: '',
                    },
                  )
                }
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
