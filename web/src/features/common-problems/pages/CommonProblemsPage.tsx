import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Select, Space, Switch, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { usePagedFilters } from '../../../lib/usePagedFilters';
import { useCan } from '../../auth/session';
import { useCommonProblems } from '../api/hooks';
import type { CommonProblemFilters, CommonProblemSummary } from '../api/types';
import { CommonDeadlineTag, CommonStateTag, UnitsCell } from '../components/CommonProblemTags';
import { CreateCommonProblemModal } from '../components/CreateCommonProblemModal';
import { stateLabel } from '../labels';

const STATES = ['open', 'closureRequested', 'closed'] as const;

function useColumns(): TableColumnsType<CommonProblemSummary> {
  const { t } = useTranslation();
  return [
    {
      key: 'dueOn',
      title: t('rectification.field.dueOn'),
      render: (_, p) => <CommonDeadlineTag problem={p} />,
    },
    {
      key: 'title',
      title: t('commonProblem.field.title'),
      render: (_, p) => <Link to={`/rectification/common-problems/${p.id}`}>{p.title}</Link>,
    },
    {
      key: 'units',
      title: t('commonProblem.field.units'),
      render: (_, p) => <UnitsCell problem={p} />,
    },
    {
      key: 'findings',
      title: t('commonProblem.field.findingCount'),
      dataIndex: 'findingCount',
    },
    {
      key: 'leader',
      title: t('rectification.field.responsibleLeader'),
      dataIndex: 'responsibleLeader',
    },
    {
      key: 'state',
      title: t('rectification.field.state'),
      render: (_, p) => <CommonStateTag problem={p} />,
    },
  ];
}

/**
 * 共性问题集中整治: the tasks the caller takes part in or supervises, soonest deadline first,
 * coloured like the item board. The office sets a new one up from findings of several units.
 */
export function CommonProblemsPage() {
  const { t } = useTranslation();
  const canCreate = useCan('rectification.review');
  const [creating, setCreating] = useState(false);
  const { filters, set, turnPage } = usePagedFilters<CommonProblemFilters>({
    page: 1,
    pageSize: 20,
  });
  const list = useCommonProblems(filters);
  const columns = useColumns();

  return (
    <Card
      title={t('menu.commonProblems')}
      data-testid="common-problems"
      extra={
        canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="common-problem-new"
          >
            {t('commonProblem.create')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('commonProblem.intro')}</Typography.Text>
        <Space wrap>
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('rectification.field.state')}
            value={filters.state}
            onChange={(state?: CommonProblemFilters['state']) => set({ state })}
            options={STATES.map((s) => ({ value: s, label: stateLabel(s) }))}
            data-testid="common-state-filter"
          />
          <Space>
            <Switch
              checked={filters.overdue === true}
              onChange={(checked) => set({ overdue: checked ? true : undefined })}
              data-testid="common-overdue-filter"
            />
            <span>{t('rectification.onlyOverdue')}</span>
          </Space>
        </Space>
        <Table<CommonProblemSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          onChange={turnPage}
          onRow={(p) =>
            ({
              'data-testid': 'common-row',
              'data-state': p.state,
            }) as React.HTMLAttributes<HTMLElement>
          }
          data-testid="common-problems-table"
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: list.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Space>
      <CreateCommonProblemModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
