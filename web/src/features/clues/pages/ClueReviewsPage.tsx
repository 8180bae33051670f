import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useClueReviews } from '../api/hooks';
import type { ReviewView } from '../api/types';
import { ReviewFormModal } from '../components/ReviewFormModal';
import { decisionLabel } from '../labels';

const DECISION_COLORS: Record<string, string> = {
  transfer: 'blue',
  supplement: 'orange',
  merge: 'purple',
};

/**
 * 集体研判: the meetings held on handed-over clues, each with its decisions per clue, and the
 * form to record a new one (the office).
 */
export function ClueReviewsPage() {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [createOpen, setCreateOpen] = useState(false);
  const reviews = useClueReviews(paging.page, paging.pageSize);

  const columns: TableColumnsType<ReviewView> = [
    { key: 'heldOn', title: t('clues.review.heldOn'), dataIndex: 'heldOn', width: 120 },
    { key: 'chair', title: t('clues.review.chair'), dataIndex: 'chair', width: 120 },
    {
      key: 'participants',
      title: t('clues.review.participants'),
      render: (_, r) => r.participants.join('、'),
    },
    {
      key: 'decisions',
      title: t('clues.review.decisions'),
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          {r.decisions.map((d) => (
            <Space key={d.clueId} size={4} wrap>
              <Link to={`/clues/${d.clueId}`}>{d.clueCode}</Link>
              <Tag color={DECISION_COLORS[d.decision] ?? 'default'}>
                {decisionLabel(d.decision)}
              </Tag>
              {d.note && <Typography.Text type="secondary">{d.note}</Typography.Text>}
            </Space>
          ))}
        </Space>
      ),
    },
    { key: 'note', title: t('clues.review.note'), render: (_, r) => r.note ?? '—' },
  ];

  const onTableChange: TableProps<ReviewView>['onChange'] = (pagination) =>
    setPaging((p) => ({
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? p.pageSize,
    }));

  return (
    <Card
      title={t('menu.clueReviews')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreateOpen(true)}
          data-testid="review-create"
        >
          {t('clues.review.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('clues.review.hint')}</Typography.Paragraph>
      <Table<ReviewView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={reviews.data?.items}
        loading={reviews.isFetching}
        scroll={{ x: 'max-content' }}
        onChange={onTableChange}
        data-testid="review-table"
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: reviews.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
      <ReviewFormModal open={createOpen} onClose={() => setCreateOpen(false)} />
    </Card>
  );
}
