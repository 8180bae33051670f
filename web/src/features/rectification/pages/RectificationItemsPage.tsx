import { Link } from 'react-router';
import { App, Button, Card, Select, Space, Switch, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { usePagedFilters } from '../../../lib/usePagedFilters';
import { useCan } from '../../auth/session';
import { rectificationKeys, useItems } from '../api/hooks';
import { rectificationApi } from '../api/rectificationApi';
import { ITEM_STATES } from '../api/types';
import type { ItemDetail, ItemFilters } from '../api/types';
import { ItemActions } from '../components/ItemActions';
import { itemRowProps } from '../components/itemRow';
import { DeadlineTag, ItemFlags, ItemStateTag, ItemSupervision } from '../components/ItemTags';
import { itemStateLabel } from '../labels';

function useColumns(): TableColumnsType<ItemDetail> {
  const { t } = useTranslation();
  return [
    {
      key: 'dueOn',
      title: t('rectification.field.dueOn'),
      render: (_, item) => <DeadlineTag item={item} />,
    },
    {
      key: 'problem',
      title: t('rectification.field.problem'),
      width: 280,
      render: (_, item) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true }}>
          {item.problem}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'leader',
      title: t('rectification.field.responsibleLeader'),
      dataIndex: 'responsibleLeader',
    },
    {
      key: 'state',
      title: t('rectification.field.state'),
      render: (_, i) => <ItemStateTag item={i} />,
    },
    {
      key: 'supervision',
      title: t('rectification.list.supervision'),
      render: (_, item) => (
        <Space orientation="vertical" size={4}>
          <ItemSupervision item={item} />
          <ItemFlags item={item} />
        </Space>
      ),
    },
    {
      key: 'plan',
      title: t('rectification.field.plan'),
      render: (_, item) => (
        <Link to={`/rectification/${item.planId}`}>{t('rectification.openPlan')}</Link>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, item) => <ItemActions item={item} />,
    },
  ];
}

/**
 * 整改事项 board: every item the caller sees, coloured by its deadline (red overdue, yellow due
 * within 7 days, green, grey once 销号), filtered by state or overdue. The office runs the
 * escalation ladder at once with 立即督办检查 (the job runs it on schedule too).
 */
export function RectificationItemsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const canReview = useCan('rectification.review');
  const { filters, set, turnPage } = usePagedFilters<ItemFilters>({ page: 1, pageSize: 20 });
  const items = useItems(filters);
  const columns = useColumns();
  const scan = useMutation({
    mutationFn: rectificationApi.escalationScan,
    onSuccess: (result) => {
      void message.success(t('rectification.scanDone', { ...result }));
      return queryClient.invalidateQueries({ queryKey: rectificationKeys.all });
    },
    onError: (error) => showError(error),
  });

  return (
    <Card
      title={t('menu.rectificationItems')}
      data-testid="item-board"
      extra={
        canReview && (
          <Button
            icon={<SyncOutlined />}
            loading={scan.isPending}
            onClick={() => scan.mutate()}
            data-testid="escalation-scan"
          >
            {t('rectification.scan')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('rectification.field.state')}
            value={filters.state}
            onChange={(state?: ItemFilters['state']) => set({ state })}
            options={ITEM_STATES.map((s) => ({ value: s, label: itemStateLabel(s) }))}
            data-testid="items-state-filter"
          />
          <Space>
            <Switch
              checked={filters.overdue === true}
              onChange={(checked) => set({ overdue: checked ? true : undefined })}
              data-testid="items-overdue-filter"
            />
            <span>{t('rectification.onlyOverdue')}</span>
          </Space>
        </Space>
        <Table<ItemDetail>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items.data?.items}
          loading={items.isFetching}
          scroll={{ x: 'max-content' }}
          onChange={turnPage}
          onRow={itemRowProps}
          data-testid="items-table"
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: items.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
        <Typography.Text type="secondary">{t('rectification.boardHint')}</Typography.Text>
      </Space>
    </Card>
  );
}
