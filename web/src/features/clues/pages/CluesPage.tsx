import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { AlertOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/session';
import { useClues } from '../api/hooks';
import { exportUrl } from '../api/cluesApi';
import type { ClueFilters, ClueSummary } from '../api/types';
import { AccountSummary } from '../components/AccountSummary';
import { ClueFilterBar } from '../components/ClueFilterBar';
import { ClueFormModal } from '../components/ClueFormModal';
import { clueRowProps, useClueColumns } from '../components/clueColumns';
import { AGING_GOLD_DAYS, AGING_RED_DAYS } from '../labels';
import { usePagedFilters } from '../../../lib/usePagedFilters';

/**
 * 问题线索台账: the five accounts (报账 → 交账 → 转账 → 查账 → 销账) as counts and as columns, the day
 * each clue reached each account and how long it has sat in its current one; filters, export
 * of the filtered ledger, and registration by the office.
 */
export function CluesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan('clues.manage');
  const { filters, set, turnPage } = usePagedFilters<ClueFilters>({ page: 1, pageSize: 20 });
  const [createOpen, setCreateOpen] = useState(false);
  const clues = useClues(filters);
  const columns = useClueColumns();

  const onTableChange: TableProps<ClueSummary>['onChange'] = (pagination) => turnPage(pagination);

  return (
    <Card
      title={t('menu.clues')}
      extra={
        <Space wrap>
          <Button icon={<AlertOutlined />} onClick={() => void navigate('/clues/stalled')}>
            {t('menu.clueStalled')}
          </Button>
          <Button icon={<DownloadOutlined />} href={exportUrl(filters)} data-testid="clue-export">
            {t('clues.export')}
          </Button>
          {canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreateOpen(true)}
              data-testid="clue-create"
            >
              {t('clues.create')}
            </Button>
          )}
        </Space>
      }
    >
      <AccountSummary
        accounts={clues.data?.accounts}
        stalls={clues.data?.stalls}
        filters={filters}
        onAccount={(account) => set({ account })}
        onStall={(stall) =>
          stall === 'reviewDue'
            ? set({ reviewDue: true, stall: undefined })
            : set({ stall, reviewDue: undefined })
        }
      />
      <ClueFilterBar filters={filters} onChange={set} />
      <Table<ClueSummary>
        rowKey="id"
        size="middle"
        bordered
        columns={columns}
        dataSource={clues.data?.items}
        loading={clues.isFetching}
        scroll={{ x: 'max-content' }}
        onChange={onTableChange}
        onRow={clueRowProps}
        data-testid="clue-ledger-table"
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: clues.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
      <Typography.Text type="secondary">
        {t('clues.agingHint', { gold: AGING_GOLD_DAYS, red: AGING_RED_DAYS })}
      </Typography.Text>
      {canManage && <ClueFormModal open={createOpen} onClose={() => setCreateOpen(false)} />}
    </Card>
  );
}
