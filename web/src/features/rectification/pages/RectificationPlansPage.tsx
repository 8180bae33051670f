import { Link, useNavigate } from 'react-router';
import { Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePagedFilters } from '../../../lib/usePagedFilters';
import { useCan } from '../../auth/session';
import { usePlans } from '../api/hooks';
import type { PlanFilters as Filters, PlanSummary } from '../api/types';
import { PlanCounts, PlanFields } from '../components/PlanHeader';
import { PlanFilters } from '../components/PlanFilters';
import { PlanStateTag } from '../components/ItemTags';

function useColumns(): TableColumnsType<PlanSummary> {
  const { t } = useTranslation();
  return [
    {
      key: 'unit',
      title: t('rectification.field.unit'),
      render: (_, p) => <Link to={`/rectification/${p.id}`}>{p.unitName}</Link>,
    },
    { key: 'round', title: t('rectification.field.round'), dataIndex: 'roundName' },
    {
      key: 'state',
      title: t('rectification.field.state'),
      render: (_, p) => <PlanStateTag state={p.state} />,
    },
    { key: 'feedbackOn', title: t('rectification.field.feedbackOn'), dataIndex: 'feedbackOn' },
    { key: 'dueOn', title: t('rectification.field.planDueOn'), dataIndex: 'dueOn' },
    {
      key: 'counts',
      title: t('rectification.field.counts'),
      render: (_, p) => (
        <Space size={4} wrap>
          <Tag color="orange">
            {t('rectification.count.open')} {p.counts.open}
          </Tag>
          <Tag color="blue">
            {t('rectification.count.closureRequested')} {p.counts.closureRequested}
          </Tag>
          <Tag color="green">
            {t('rectification.count.closed')} {p.counts.closed}
          </Tag>
          {p.counts.overdue > 0 && (
            <Tag color="red" data-testid="plan-overdue">
              {t('rectification.count.overdue')} {p.counts.overdue}
            </Tag>
          )}
        </Space>
      ),
    },
  ];
}

/**
 * 整改督查: the plans the caller sees. For a unit (a single plan, no review ability) the page
 * opens as its dashboard: the plan's counts and deadline above the list.
 */
export function RectificationPlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canReview = useCan('rectification.review');
  const { filters, set, turnPage } = usePagedFilters<Filters>({ page: 1, pageSize: 20 });
  const plans = usePlans(filters);
  const columns = useColumns();
  const dashboard = !canReview && plans.data && plans.data.total > 0 && plans.data.total <= 3;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {dashboard &&
        plans.data?.items.map((p) => (
          <Card
            key={p.id}
            size="small"
            data-testid="unit-dashboard"
            title={
              <Space>
                <Link to={`/rectification/${p.id}`}>
                  {t('rectification.planTitle', { unit: p.unitName })}
                </Link>
                <PlanStateTag state={p.state} />
              </Space>
            }
          >
            <PlanFields plan={p} />
            <PlanCounts counts={p.counts} />
          </Card>
        ))}
      <Card title={t('menu.rectification')} extra={<PlanFilters filters={filters} set={set} />}>
        <Table<PlanSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={plans.data?.items}
          loading={plans.isFetching}
          scroll={{ x: 'max-content' }}
          onChange={turnPage}
          data-testid="plans-table"
          onRow={(p) =>
            ({
              'data-testid': `plan-row-${p.unitName}`,
              'data-plan-id': p.id,
              style: { cursor: 'pointer' },
              onDoubleClick: () => void navigate(`/rectification/${p.id}`),
            }) as React.HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: plans.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
        <Typography.Text type="secondary">{t('rectification.plansHint')}</Typography.Text>
      </Card>
    </Space>
  );
}
