import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App, Button, Card, Descriptions, Popconfirm, Result, Space, Spin, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { isApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { kindLabel, stageLabel } from '../../rounds/labels';
import { useInspector, useInspectorMutation } from '../api/hooks';
import { inspectorsApi } from '../api/inspectorsApi';
import type { InspectorDetail, Relative, RoundServed, WorkPosition } from '../api/types';
import { InspectorFormModal } from '../components/InspectorFormModal';
import { PositionModal } from '../components/PositionModal';
import { RecusalCheckCard } from '../components/RecusalCheckCard';
import { RelativeModal } from '../components/RelativeModal';
import { genderLabel, memberRoleLabel } from '../labels';

function Overview({ inspector }: { inspector: InspectorDetail }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      data-testid="inspector-overview"
      items={[
        {
          key: 'gender',
          label: t('inspectors.field.gender'),
          children: inspector.gender ? genderLabel(inspector.gender) : '—',
        },
        { key: 'rank', label: t('inspectors.field.rank'), children: inspector.rank ?? '—' },
        {
          key: 'currentUnit',
          label: t('inspectors.field.currentUnit'),
          children: inspector.currentUnit ?? '—',
        },
        {
          key: 'specialties',
          label: t('inspectors.field.specialties'),
          children:
            inspector.specialties.length === 0
              ? '—'
              : inspector.specialties.map((s) => (
                  <Tag key={s} color="blue">
                    {s}
                  </Tag>
                )),
        },
        {
          key: 'hometown',
          label: t('inspectors.field.hometown'),
          children: inspector.hometown ?? '—',
        },
        { key: 'region', label: t('inspectors.field.region'), children: inspector.region ?? '—' },
      ]}
    />
  );
}

/** 巡察干部详情: profile, work history, relatives, rounds served and a recusal check. */
export function InspectorDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { message } = App.useApp();
  const showError = useShowError();
  const inspector = useInspector(id);
  const [editing, setEditing] = useState(false);
  const [addingPosition, setAddingPosition] = useState(false);
  const [addingRelative, setAddingRelative] = useState(false);
  const removePosition = useInspectorMutation((positionId: string) =>
    inspectorsApi.removePosition(id ?? '', positionId),
  );
  const removeRelative = useInspectorMutation((relativeId: string) =>
    inspectorsApi.removeRelative(id ?? '', relativeId),
  );

  if (inspector.isLoading) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', padding: 64 }}>
        <Spin />
      </div>
    );
  }
  if (inspector.error || !inspector.data) {
    const status = isApiError(inspector.error) ? inspector.error.status : 0;
    if (status === 404 || status === 400) {
      return (
        <Result
          status="404"
          title="404"
          subTitle={t('inspectors.notFound')}
          data-testid="inspector-not-found"
          extra={<Link to="/inspectors">{t('inspectors.backToList')}</Link>}
        />
      );
    }
    return (
      <Result
        status={status === 403 ? '403' : 'error'}
        title={describeError(inspector.error, t).title}
        extra={<Button onClick={() => void inspector.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }

  const p = inspector.data;
  const canEdit = p.abilities.update;
  const remove = (mutate: typeof removePosition.mutate, rowId: string) =>
    mutate(rowId, {
      onSuccess: () => void message.success(t('common.deleted')),
      onError: (error) => showError(error),
    });

  const positionColumns: TableColumnsType<WorkPosition> = [
    { title: t('inspectors.position.unit'), dataIndex: 'unitName' },
    {
      title: t('inspectors.position.position'),
      dataIndex: 'position',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('inspectors.position.period'),
      dataIndex: 'fromOn',
      render: (_, r) => `${r.fromOn} ~ ${r.toOn ?? t('inspectors.position.now')}`,
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r: WorkPosition) => (
              <Popconfirm
                title={t('inspectors.confirmDelete')}
                onConfirm={() => remove(removePosition.mutate, r.id)}
              >
                <Button size="small" type="link" danger icon={<DeleteOutlined />}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  const relativeColumns: TableColumnsType<Relative> = [
    { title: t('inspectors.relative.name'), dataIndex: 'name' },
    { title: t('inspectors.relative.relation'), dataIndex: 'relation' },
    {
      title: t('inspectors.relative.unit'),
      dataIndex: 'unitName',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('inspectors.relative.position'),
      dataIndex: 'position',
      render: (v: string | null) => v ?? '—',
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r: Relative) => (
              <Popconfirm
                title={t('inspectors.confirmDelete')}
                onConfirm={() => remove(removeRelative.mutate, r.id)}
              >
                <Button size="small" type="link" danger icon={<DeleteOutlined />}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  const roundColumns: TableColumnsType<RoundServed> = [
    {
      title: t('rounds.field.name'),
      dataIndex: 'roundName',
      render: (_, r) => <Link to={`/rounds/${r.roundId}`}>{r.roundName}</Link>,
    },
    { title: t('rounds.field.kind'), dataIndex: 'kind', render: (v: string) => kindLabel(v) },
    { title: t('rounds.field.stage'), dataIndex: 'stage', render: (v: string) => stageLabel(v) },
    {
      title: t('rounds.field.dates'),
      dataIndex: 'startsOn',
      render: (_, r) => `${r.startsOn ?? '—'} ~ ${r.endsOn ?? '—'}`,
    },
    { title: t('rounds.field.team'), dataIndex: 'teamName' },
    {
      title: t('inspectors.field.role'),
      dataIndex: 'role',
      render: (v: string) => memberRoleLabel(v),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        data-testid="inspector-detail"
        title={
          <Space wrap>
            <span data-testid="inspector-title">{p.name}</span>
            <Tag color={p.available ? 'green' : 'default'}>
              {p.available ? t('inspectors.available') : t('inspectors.unavailable')}
            </Tag>
            <Tag color={p.eligible ? 'blue' : 'red'}>
              {p.eligible ? t('inspectors.eligible') : t('inspectors.ineligible')}
            </Tag>
          </Space>
        }
        extra={
          canEdit && (
            <Button
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid="inspector-edit"
            >
              {t('common.edit')}
            </Button>
          )
        }
      >
        <Overview inspector={p} />
      </Card>
      <Card
        size="small"
        title={t('inspectors.position.title')}
        extra={
          canEdit && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setAddingPosition(true)}
              data-testid="position-add"
            >
              {t('inspectors.position.add')}
            </Button>
          )
        }
      >
        <Table<WorkPosition>
          rowKey="id"
          size="small"
          pagination={false}
          columns={positionColumns}
          dataSource={p.positions}
          data-testid="inspector-positions"
        />
      </Card>
      <Card
        size="small"
        title={t('inspectors.relative.title')}
        extra={
          canEdit && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setAddingRelative(true)}
              data-testid="relative-add"
            >
              {t('inspectors.relative.add')}
            </Button>
          )
        }
      >
        <Table<Relative>
          rowKey="id"
          size="small"
          pagination={false}
          columns={relativeColumns}
          dataSource={p.relatives}
          data-testid="inspector-relatives"
        />
      </Card>
      <Card size="small" title={t('inspectors.roundsServed')}>
        <Table<RoundServed>
          rowKey={(r) => `${r.roundId}-${r.teamId}`}
          size="small"
          pagination={false}
          columns={roundColumns}
          dataSource={p.roundsServed}
          data-testid="inspector-rounds"
        />
      </Card>
      {p.abilities.checkRecusal && <RecusalCheckCard inspectorId={p.id} />}
      <InspectorFormModal open={editing} inspector={p} onClose={() => setEditing(false)} />
      <PositionModal inspector={p} open={addingPosition} onClose={() => setAddingPosition(false)} />
      <RelativeModal inspector={p} open={addingRelative} onClose={() => setAddingRelative(false)} />
    </Space>
  );
}
