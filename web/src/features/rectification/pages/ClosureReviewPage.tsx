import { Link } from 'react-router';
import { Card, Descriptions, Empty, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { usePagedFilters } from '../../../lib/usePagedFilters';
import { useItems } from '../api/hooks';
import type { ItemDetail, ItemFilters } from '../api/types';
import { ItemActions } from '../components/ItemActions';
import { itemRowProps } from '../components/itemRow';
import { DeadlineTag, ItemFiles, ItemFlags } from '../components/ItemTags';

function ReviewCard({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  const last = item.history[item.history.length - 1];
  return (
    <Card
      size="small"
      {...itemRowProps(item)}
      title={
        <Space wrap>
          <DeadlineTag item={item} />
          <Typography.Text>{item.problem}</Typography.Text>
        </Space>
      }
      extra={<ItemActions item={item} />}
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <ItemFlags item={item} prominent />
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'leader',
              label: t('rectification.field.responsibleLeader'),
              children: item.responsibleLeader,
            },
            {
              key: 'requestedAt',
              label: t('rectification.field.closureRequestedAt'),
              children: formatDateTime(item.closureRequestedAt),
            },
            {
              key: 'measures',
              label: t('rectification.field.measures'),
              span: 2,
              children: <span style={{ whiteSpace: 'pre-wrap' }}>{item.measures}</span>,
            },
            {
              key: 'opinion',
              label: t('rectification.field.closureStatement'),
              span: 2,
              children: <span style={{ whiteSpace: 'pre-wrap' }}>{last?.opinion ?? '—'}</span>,
            },
            {
              key: 'files',
              label: t('rectification.field.evidence'),
              span: 2,
              children: <ItemFiles item={item} />,
            },
          ]}
        />
        <Link to={`/rectification/${item.planId}`}>{t('rectification.openPlan')}</Link>
      </Space>
    </Card>
  );
}

/**
 * 销号审核: the items whose closure was requested, each with its 文字整改 signs first, its
 * evidence and the unit's statement; 销号 or 退回 with an opinion.
 */
export function ClosureReviewPage() {
  const { t } = useTranslation();
  const { filters, setFilters } = usePagedFilters<ItemFilters>({
    page: 1,
    pageSize: 20,
    state: 'closureRequested',
  });
  const items = useItems(filters);
  return (
    <Card title={t('menu.rectificationReview')} data-testid="review-queue">
      <List<ItemDetail>
        loading={items.isFetching}
        dataSource={items.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('rectification.reviewEmpty')} /> }}
        renderItem={(item) => (
          <List.Item key={item.id} style={{ display: 'block' }}>
            <ReviewCard item={item} />
          </List.Item>
        )}
        pagination={
          (items.data?.total ?? 0) > filters.pageSize
            ? {
                current: filters.page,
                pageSize: filters.pageSize,
                total: items.data?.total ?? 0,
                onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
              }
            : false
        }
      />
    </Card>
  );
}
