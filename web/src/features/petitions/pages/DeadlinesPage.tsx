import { useState } from 'react';
import { Link } from 'react-router';
import { Card, Col, Row, Segmented, Statistic, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeadlineBoard } from '../api/hooks';
import type { DeadlineItem } from '../api/types';
import { PetitionStateTag } from '../components/PetitionStateTag';
import { deadlineLabel } from '../labels';

type Show = 'all' | DeadlineItem['status'];

/** 超期督办: open petitions past or near their running deadline, most urgent first. */
export function DeadlinesPage() {
  const { t } = useTranslation();
  const board = useDeadlineBoard();
  const [show, setShow] = useState<Show>('all');
  const items = board.data ?? [];
  const overdue = items.filter((i) => i.status === 'overdue').length;
  const dueSoon = items.length - overdue;
  const rows = show === 'all' ? items : items.filter((i) => i.status === show);

  const columns: TableColumnsType<DeadlineItem> = [
    {
      title: t('petitions.deadlines.status'),
      dataIndex: 'status',
      render: (_, item) =>
        item.status === 'overdue' ? (
          <Tag color="red" data-testid="deadline-overdue">
            {t('petitions.deadlines.overdue')}
          </Tag>
        ) : (
          <Tag color="orange" data-testid="deadline-due-soon">
            {t('petitions.deadlines.dueSoon')}
          </Tag>
        ),
    },
    {
      title: t('petitions.field.code'),
      dataIndex: 'code',
      render: (_, item) => <Link to={`/petitions/${item.id}`}>{item.code}</Link>,
    },
    { title: t('petitions.field.summary'), dataIndex: 'summary', ellipsis: true, width: 320 },
    {
      title: t('petitions.field.state'),
      dataIndex: 'state',
      render: (_, item) => <PetitionStateTag state={item.state} />,
    },
    {
      title: t('petitions.deadlines.kind'),
      dataIndex: 'deadline',
      render: (_, item) => deadlineLabel(item.deadline),
    },
    { title: t('petitions.deadlines.dueOn'), dataIndex: 'dueOn' },
    {
      title: t('petitions.deadlines.daysLeft'),
      dataIndex: 'daysLeft',
      render: (_, item) =>
        item.daysLeft < 0 ? (
          <Tag color="red">{t('petitions.overdueDays', { days: -item.daysLeft })}</Tag>
        ) : (
          <Tag color="orange">{t('petitions.daysLeft', { days: item.daysLeft })}</Tag>
        ),
    },
  ];

  return (
    <Card
      title={t('menu.petitionDeadlines')}
      extra={
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: t('petitions.deadlines.all') },
            { value: 'overdue', label: t('petitions.deadlines.overdue') },
            { value: 'due_soon', label: t('petitions.deadlines.dueSoon') },
          ]}
        />
      }
    >
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Statistic
            title={t('petitions.deadlines.overdue')}
            value={overdue}
            styles={{ content: { color: '#cf1322' } }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('petitions.deadlines.dueSoon')}
            value={dueSoon}
            styles={{ content: { color: '#d46b08' } }}
          />
        </Col>
      </Row>
      <Table<DeadlineItem>
        rowKey={(item) => `${item.id}-${item.deadline}`}
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={board.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="deadline-table"
      />
    </Card>
  );
}
