import { useState } from 'react';
import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { BulbOutlined, ExclamationCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RoundCan } from '../abilities';
import { useActivities } from '../api/hooks';
import { ACTIVITY_METHODS } from '../api/types';
import type { Activity, ActivityMethod, RoundDetail } from '../api/types';
import { methodLabel } from '../labels';
import { ActivityDetails } from './ActivityDetails';
import { ClueFromActivityModal } from './ClueFromActivityModal';
import { ActivityFormModal } from './ActivityFormModal';
import { FindingFormModal } from './FindingFormModal';
import type { FindingPreset } from './FindingFormModal';
import { SurveyResults } from './SurveyResults';

/** 巡察记录: the on-site activities by method, each able to raise a finding or a clue. */
export function ActivitiesTab({ round, can }: { round: RoundDetail; can: RoundCan }) {
  const { t } = useTranslation();
  const activities = useActivities(round.id);
  const [method, setMethod] = useState<ActivityMethod | undefined>();
  const [adding, setAdding] = useState(false);
  const [finding, setFinding] = useState<FindingPreset | null>(null);
  const [clueFrom, setClueFrom] = useState<Activity | null>(null);
  const unitName = (unitId: string) =>
    round.targets.find((x) => x.unitId === unitId)?.unitName ?? '—';
  const items = (activities.data ?? []).filter((a) => !method || a.method === method);
  const mine = (a: Activity) => can.recordUnitIds.includes(a.unitId);

  const columns: TableColumnsType<Activity> = [
    { title: t('rounds.activity.occurredOn'), dataIndex: 'occurredOn', width: 120 },
    { title: t('rounds.field.unit'), dataIndex: 'unitId', render: (_, a) => unitName(a.unitId) },
    {
      title: t('rounds.activity.method'),
      dataIndex: 'method',
      render: (_, a) => (
        <Space size={[0, 4]} wrap>
          <Tag color="blue">{methodLabel(a.method)}</Tag>
          {a.unannounced && <Tag color="purple">{t('rounds.activity.unannounced')}</Tag>}
        </Space>
      ),
    },
    { title: t('rounds.activity.summary'), dataIndex: 'summary', width: 320 },
    {
      title: t('rounds.activity.place'),
      dataIndex: 'place',
      render: (v: string | null) => v ?? '—',
    },
    ...(can.record || can.raiseClue
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, a: Activity) =>
              mine(a) && (
                <Space size={0}>
                  {can.record && (
                    <Button
                      size="small"
                      type="link"
                      icon={<ExclamationCircleOutlined />}
                      onClick={() => setFinding({ unitId: a.unitId, activityId: a.id })}
                      data-testid="activity-raise-finding"
                    >
                      {t('rounds.activity.raiseFinding')}
                    </Button>
                  )}
                  {can.raiseClue && (
                    <Button
                      size="small"
                      type="link"
                      icon={<BulbOutlined />}
                      onClick={() => setClueFrom(a)}
                      data-testid="activity-raise-clue"
                    >
                      {t('rounds.activity.raiseClue')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Space wrap>
          <Select<ActivityMethod>
            allowClear
            placeholder={t('rounds.activity.method')}
            style={{ width: 180 }}
            value={method}
            onChange={(m?: ActivityMethod) => setMethod(m)}
            options={ACTIVITY_METHODS.map((m) => ({ value: m, label: methodLabel(m) }))}
          />
          <Typography.Text type="secondary">
            {t('common.total', { total: items.length })}
          </Typography.Text>
        </Space>
        {can.record && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="activity-add"
          >
            {t('rounds.activity.add')}
          </Button>
        )}
      </Space>
      <Table<Activity>
        rowKey="id"
        size="small"
        loading={activities.isLoading}
        columns={columns}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (a) => (
            <ActivityDetails activity={a} activities={activities.data ?? []} />
          ),
        }}
        scroll={{ x: 'max-content' }}
        data-testid="activity-table"
      />
      <SurveyResults roundId={round.id} />
      <ActivityFormModal
        round={round}
        unitIds={can.recordUnitIds}
        activities={activities.data ?? []}
        open={adding}
        onClose={() => setAdding(false)}
      />
      <FindingFormModal
        round={round}
        unitIds={can.recordUnitIds}
        activities={activities.data ?? []}
        preset={finding}
        onClose={() => setFinding(null)}
      />
      <ClueFromActivityModal
        roundId={round.id}
        activity={clueFrom}
        onClose={() => setClueFrom(null)}
      />
    </Space>
  );
}
