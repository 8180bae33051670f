import { useState } from 'react';
import { App, Button, Card, Space, Statistic, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { useCan } from '../../auth/session';
import { clueKeys, useClues } from '../api/hooks';
import { cluesApi } from '../api/cluesApi';
import type { ClueFilters, ClueSummary } from '../api/types';
import { clueRowProps, useClueColumns } from '../components/clueColumns';
import { stallLabel } from '../labels';

function BoardTable({
  filters,
  testId,
  onPage,
}: {
  filters: ClueFilters;
  testId: string;
  onPage: (page: number, pageSize: number) => void;
}) {
  const { t } = useTranslation();
  const clues = useClues(filters);
  const columns = useClueColumns({ accountColumns: false });
  const onChange: TableProps<ClueSummary>['onChange'] = (pagination) =>
    onPage(pagination.current ?? 1, pagination.pageSize ?? filters.pageSize);
  return (
    <Table<ClueSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={clues.data?.items}
      loading={clues.isFetching}
      scroll={{ x: 'max-content' }}
      onChange={onChange}
      onRow={clueRowProps}
      data-testid={testId}
      pagination={{
        current: filters.page,
        pageSize: filters.pageSize,
        total: clues.data?.total ?? 0,
        hideOnSinglePage: true,
        showTotal: (total) => t('common.total', { total }),
      }}
    />
  );
}

/**
 * 挂账/呆账 board: the clues past their account's deadline (挂账) or without movement (呆账), and
 * the 暂存待查 clues due for review. The office runs the ledger check at once with 立即检查 (the
 * job runs it on schedule too).
 */
export function StalledCluesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const canManage = useCan('clues.manage');
  const [stalled, setStalled] = useState<ClueFilters>({ page: 1, pageSize: 20, stall: 'any' });
  const [reviewDue, setReviewDue] = useState<ClueFilters>({
    page: 1,
    pageSize: 20,
    reviewDue: true,
  });
  // The counts come with either list; the stalled one is always loaded.
  const counts = useClues(stalled);
  const scan = useMutation({
    mutationFn: cluesApi.scan,
    onSuccess: (result) => {
      void message.success(t('clues.scan.done', { ...result }));
      return queryClient.invalidateQueries({ queryKey: clueKeys.all });
    },
    onError: (error) => showError(error),
  });

  return (
    <Card
      title={t('menu.clueStalled')}
      data-testid="stalled-board"
      extra={
        canManage && (
          <Button
            icon={<SyncOutlined />}
            loading={scan.isPending}
            onClick={() => scan.mutate()}
            data-testid="ledger-scan"
          >
            {t('clues.scan.button')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space size="large" wrap>
          {(['pendingAccount', 'deadAccount', 'reviewDue'] as const).map((key) => (
            <Statistic
              key={key}
              title={key === 'reviewDue' ? t('clues.reviewDue') : stallLabel(key)}
              value={counts.data?.stalls[key] ?? 0}
              data-testid={`stalled-count-${key}`}
            />
          ))}
        </Space>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('clues.board.stalled')}
        </Typography.Title>
        <BoardTable
          filters={stalled}
          testId="stalled-table"
          onPage={(page, pageSize) => setStalled((f) => ({ ...f, page, pageSize }))}
        />
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('clues.board.reviewDue')}
        </Typography.Title>
        <BoardTable
          filters={reviewDue}
          testId="review-due-table"
          onPage={(page, pageSize) => setReviewDue((f) => ({ ...f, page, pageSize }))}
        />
        <Typography.Text type="secondary">{t('clues.board.hint')}</Typography.Text>
      </Space>
    </Card>
  );
}
