import { Link, useNavigate } from 'react-router';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { PieChartOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/session';
import { useRounds } from '../api/hooks';
import { ROUND_KINDS, ROUND_STAGES } from '../api/types';
import type { RoundFilters, RoundKind, RoundStage, RoundSummary } from '../api/types';
import { RoundStageTag } from '../components/RoundStageTag';
import { kindLabel, stageLabel } from '../labels';
import { usePagedFilters } from '../../../lib/usePagedFilters';

/** 巡察轮次: the rounds this user may see, with search, stage and kind filters, server paging. */
export function RoundsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canPlan = useCan('rounds.plan');
  const { filters, set, turnPage } = usePagedFilters<RoundFilters>({ page: 1, pageSize: 20 });
  const rounds = useRounds(filters);

  const columns: TableColumnsType<RoundSummary> = [
    {
      title: t('rounds.field.name'),
      dataIndex: 'name',
      render: (_, r) => (
        <Link to={`/rounds/${r.id}`} data-testid="round-link">
          {r.name}
        </Link>
      ),
    },
    {
      title: t('rounds.field.kind'),
      dataIndex: 'kind',
      render: (_, r) => (
        <Space size={[0, 4]} wrap>
          <Tag>{kindLabel(r.kind)}</Tag>
          {r.topic && <Tag color="blue">{r.topic}</Tag>}
        </Space>
      ),
    },
    {
      title: t('rounds.field.stage'),
      dataIndex: 'stage',
      render: (_, r) => <RoundStageTag stage={r.stage} />,
    },
    {
      title: t('rounds.field.dates'),
      dataIndex: 'startsOn',
      render: (_, r) => `${r.startsOn ?? '—'} ~ ${r.endsOn ?? '—'}`,
    },
    {
      title: t('rounds.field.authorizationNo'),
      dataIndex: 'authorizationNo',
      render: (v: string | null) => v ?? '—',
    },
  ];

  const onTableChange: TableProps<RoundSummary>['onChange'] = (pagination) => turnPage(pagination);

  return (
    <Card
      title={t('menu.rounds')}
      extra={
        canPlan && (
          <Space>
            <Button icon={<PieChartOutlined />} onClick={() => void navigate('/coverage')}>
              {t('menu.coverage')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate('/rounds/new')}
              data-testid="round-plan-link"
            >
              {t('menu.roundPlan')}
            </Button>
          </Space>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }} data-testid="round-filters">
        <Input.Search
          allowClear
          placeholder={t('rounds.filter.q')}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 240 }}
          data-testid="round-search"
        />
        <Select<RoundStage>
          allowClear
          placeholder={t('rounds.field.stage')}
          style={{ width: 140 }}
          value={filters.stage}
          onChange={(stage?: RoundStage) => set({ stage })}
          options={ROUND_STAGES.map((s) => ({ value: s, label: stageLabel(s) }))}
        />
        <Select<RoundKind>
          allowClear
          placeholder={t('rounds.field.kind')}
          style={{ width: 140 }}
          value={filters.kind}
          onChange={(kind?: RoundKind) => set({ kind })}
          options={ROUND_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
        />
      </Space>
      <Table<RoundSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rounds.data?.items}
        loading={rounds.isFetching}
        scroll={{ x: 'max-content' }}
        onChange={onTableChange}
        data-testid="round-table"
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: rounds.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </Card>
  );
}
