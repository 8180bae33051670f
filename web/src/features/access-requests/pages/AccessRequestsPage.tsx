import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Badge, Button, Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useSession } from '../../auth/session';
import { useAccessRequests } from '../api/accessRequestsApi';
import type { AccessRequest, AccessRequestState } from '../api/types';
import { DecisionModal } from '../components/DecisionModal';
import type { PendingDecision } from '../components/DecisionModal';

const STATE_COLORS: Record<AccessRequestState, string> = {
  pending: 'processing',
  approved: 'green',
  rejected: 'red',
};

function StateTag({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  return (
    <Space size={[0, 4]} wrap>
      <Tag color={STATE_COLORS[request.state]} data-testid="access-request-state">
        {t(`accessRequests.state.${request.state}`)}
      </Tag>
      {request.state === 'approved' &&
        (request.active ? (
          <Tag color="green">{t('accessRequests.active')}</Tag>
        ) : (
          <Tag>{t('accessRequests.expired')}</Tag>
        ))}
    </Space>
  );
}

type TabKey = 'mine' | 'decide';

/** 查阅申请: my own requests, and the requests awaiting my decision as a leader. */
export function AccessRequestsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const requests = useAccessRequests();
  const [decision, setDecision] = useState<PendingDecision | null>(null);
  const items = requests.data ?? [];
  const mine = items.filter((r) => r.requesterId === user.id);
  const toDecide = items.filter((r) => r.requesterId !== user.id);
  const pendingCount = toDecide.filter((r) => r.state === 'pending').length;
  const tab: TabKey =
    params.get('tab') === 'decide' ||
    (params.get('tab') === null && pendingCount > 0 && mine.length === 0)
      ? 'decide'
      : 'mine';

  const kind: TableColumnsType<AccessRequest>[number] = {
    title: t('accessRequests.field.kind'),
    dataIndex: 'kind',
    render: (_, r) => (
      <Tag color={r.kind === 'identity' ? 'purple' : 'blue'}>
        {t(`accessRequests.kind.${r.kind}`)}
      </Tag>
    ),
  };
  const petition: TableColumnsType<AccessRequest>[number] = {
    title: t('accessRequests.field.petition'),
    dataIndex: 'petitionId',
    render: (_, r) => (
      <Link to={`/petitions/${r.petitionId}`} data-testid="access-request-petition">
        {r.petitionCode ?? t('accessRequests.openPetition')}
      </Link>
    ),
  };
  const reason: TableColumnsType<AccessRequest>[number] = {
    title: t('accessRequests.field.reason'),
    dataIndex: 'reason',
    ellipsis: true,
    width: 260,
  };
  const state: TableColumnsType<AccessRequest>[number] = {
    title: t('accessRequests.field.state'),
    dataIndex: 'state',
    render: (_, r) => <StateTag request={r} />,
  };
  const createdAt: TableColumnsType<AccessRequest>[number] = {
    title: t('accessRequests.field.createdAt'),
    dataIndex: 'createdAt',
    render: formatDateTime,
  };
  const expiresAt: TableColumnsType<AccessRequest>[number] = {
    title: t('accessRequests.field.expiresAt'),
    dataIndex: 'expiresAt',
    render: (v: string | null) => (v ? formatDateTime(v) : '—'),
  };
  const note: TableColumnsType<AccessRequest>[number] = {
    title: t('accessRequests.field.note'),
    dataIndex: 'decisionNote',
    render: (v: string | null) => v ?? '—',
  };

  const mineColumns: TableColumnsType<AccessRequest> = [
    kind,
    petition,
    reason,
    state,
    createdAt,
    expiresAt,
    note,
  ];
  const decideColumns: TableColumnsType<AccessRequest> = [
    kind,
    petition,
    {
      title: t('accessRequests.field.requester'),
      dataIndex: 'requesterId',
      render: (_, r) =>
        r.requesterName ?? (
          <Typography.Text type="secondary" title={r.requesterId}>
            {r.requesterId.slice(0, 8)}
          </Typography.Text>
        ),
    },
    reason,
    createdAt,
    state,
    expiresAt,
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) =>
        r.state === 'pending' ? (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              onClick={() => setDecision({ request: r, approve: true })}
              data-testid="access-request-approve"
            >
              {t('accessRequests.approve')}
            </Button>
            <Button
              type="link"
              size="small"
              danger
              onClick={() => setDecision({ request: r, approve: false })}
              data-testid="access-request-reject"
            >
              {t('accessRequests.reject')}
            </Button>
          </Space>
        ) : (
          (r.decisionNote ?? '—')
        ),
    },
  ];

  const table = (
    rows: AccessRequest[],
    columns: TableColumnsType<AccessRequest>,
    testId: string,
  ) => (
    <Table<AccessRequest>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={requests.isFetching}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid={testId}
    />
  );

  return (
    <Card title={t('menu.accessRequests')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(new URLSearchParams({ tab: key }))}
        items={[
          {
            key: 'mine',
            label: t('accessRequests.tabs.mine'),
            children: table(mine, mineColumns, 'access-requests-mine'),
          },
          {
            key: 'decide',
            label: (
              <Space size={4}>
                {t('accessRequests.tabs.decide')}
                <Badge count={pendingCount} size="small" />
              </Space>
            ),
            children: table(toDecide, decideColumns, 'access-requests-decide'),
          },
        ]}
      />
      <DecisionModal decision={decision} onClose={() => setDecision(null)} />
    </Card>
  );
}
