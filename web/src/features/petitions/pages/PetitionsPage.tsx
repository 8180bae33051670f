import { Link, useNavigate } from 'react-router';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { AlertOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/session';
import { usePetitions } from '../api/hooks';
import type { PetitionFilters, PetitionSort, PetitionSummary } from '../api/types';
import { DueDate } from '../components/DueDate';
import { PetitionFilterBar } from '../components/PetitionFilterBar';
import { PetitionStateTag } from '../components/PetitionStateTag';
import { channelLabel, reviewFlagLabel, runningDeadline } from '../labels';
import { usePagedFilters } from '../../../lib/usePagedFilters';

type SortField = 'receivedOn' | 'acceptanceDueOn' | 'conclusionDueOn';

function sortOrderOf(sort: PetitionSort | undefined, field: SortField) {
  if (field === 'receivedOn') {
    if (sort === 'receivedOn') return 'ascend' as const;
    if (sort === '-receivedOn' || sort === undefined) return 'descend' as const;
    return null;
  }
  return sort === field ? ('ascend' as const) : null;
}

function sortOf(field: unknown, order: 'ascend' | 'descend' | null | undefined) {
  if (field === 'receivedOn') return order === 'ascend' ? 'receivedOn' : '-receivedOn';
  if ((field === 'acceptanceDueOn' || field === 'conclusionDueOn') && order) return field;
  return undefined;
}

/** 信访件: full-text search, filters and server-side sort and paging. */
export function PetitionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canRegister = useCan('petitions.register');
  const canBoard = useCan('petitions.deadlines');
  const { filters, set, setFilters, turnPage } = usePagedFilters<PetitionFilters>({
    page: 1,
    pageSize: 20,
  });
  const petitions = usePetitions(filters);

  const columns: TableColumnsType<PetitionSummary> = [
    {
      title: t('petitions.field.code'),
      dataIndex: 'code',
      render: (_, p) => (
        <Link to={`/petitions/${p.id}`} data-testid="petition-link">
          {p.code}
        </Link>
      ),
    },
    {
      title: t('petitions.field.summary'),
      dataIndex: 'summary',
      ellipsis: true,
      width: 280,
    },
    {
      title: t('petitions.field.petitioner'),
      dataIndex: 'petitionerName',
      render: (_, p) =>
        p.anonymous ? <Tag>{t('petitions.anonymous')}</Tag> : (p.petitionerName ?? '—'),
    },
    {
      title: t('petitions.field.channel'),
      dataIndex: 'channel',
      render: (_, p) => channelLabel(p.channel),
    },
    {
      title: t('petitions.field.state'),
      dataIndex: 'state',
      render: (_, p) => (
        <Space size={[0, 4]} wrap>
          <PetitionStateTag state={p.state} />
          {p.reviewFlag && <Tag color="red">{reviewFlagLabel(p.reviewFlag)}</Tag>}
        </Space>
      ),
    },
    {
      title: t('petitions.field.receivedOn'),
      dataIndex: 'receivedOn',
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      sortOrder: sortOrderOf(filters.sort, 'receivedOn'),
    },
    {
      title: t('petitions.field.acceptanceDueOn'),
      dataIndex: 'acceptanceDueOn',
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: sortOrderOf(filters.sort, 'acceptanceDueOn'),
      render: (_, p) => {
        const running = runningDeadline(p);
        return (
          <DueDate
            dueOn={p.acceptanceDueOn}
            daysLeft={running?.kind === 'acceptance' ? running.daysLeft : undefined}
          />
        );
      },
    },
    {
      title: t('petitions.field.conclusionDueOn'),
      dataIndex: 'conclusionDueOn',
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: sortOrderOf(filters.sort, 'conclusionDueOn'),
      render: (_, p) => {
        const running = runningDeadline(p);
        return (
          <DueDate
            dueOn={p.conclusionDueOn}
            daysLeft={running?.kind === 'conclusion' ? running.daysLeft : undefined}
          />
        );
      },
    },
  ];

  const onTableChange: TableProps<PetitionSummary>['onChange'] = (
    pagination,
    _filters,
    sorter,
    extra,
  ) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      setFilters((f) => ({ ...f, page: 1, sort: sortOf(single?.field, single?.order) }));
      return;
    }
    turnPage(pagination);
  };

  return (
    <Card
      title={t('menu.petitions')}
      extra={
        <Space>
          {canBoard && (
            <Button icon={<AlertOutlined />} onClick={() => void navigate('/petitions/deadlines')}>
              {t('menu.petitionDeadlines')}
            </Button>
          )}
          {canRegister && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate('/petitions/new')}
              data-testid="petition-register-link"
            >
              {t('menu.petitionRegister')}
            </Button>
          )}
        </Space>
      }
    >
      <PetitionFilterBar filters={filters} onChange={set} />
      <Table<PetitionSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={petitions.data?.items}
        loading={petitions.isFetching}
        scroll={{ x: 'max-content' }}
        onChange={onTableChange}
        data-testid="petition-table"
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: petitions.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
      <Typography.Text type="secondary">{t('petitions.maskedHint')}</Typography.Text>
    </Card>
  );
}
