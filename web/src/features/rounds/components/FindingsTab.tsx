import { useState } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { disciplineLabel, focusLabel } from '../../petitions/labels';
import type { RoundCan } from '../abilities';
import { useActivities, useFindings } from '../api/hooks';
import type { Finding, RoundDetail } from '../api/types';
import { methodLabel } from '../labels';
import { FindingFormModal } from './FindingFormModal';
import type { FindingPreset } from './FindingFormModal';

/** 发现问题: the problems found at each target, with the record they came from and evidence. */
export function FindingsTab({ round, can }: { round: RoundDetail; can: RoundCan }) {
  const { t } = useTranslation();
  const findings = useFindings(round.id);
  const activities = useActivities(round.id);
  const [preset, setPreset] = useState<FindingPreset | null>(null);
  const unitName = (unitId: string) =>
    round.targets.find((x) => x.unitId === unitId)?.unitName ?? '—';
  const activity = (id: string | null) =>
    id ? activities.data?.find((a) => a.id === id) : undefined;

  const columns: TableColumnsType<Finding> = [
    { title: t('rounds.field.unit'), dataIndex: 'unitId', render: (_, f) => unitName(f.unitId) },
    {
      title: t('rounds.finding.problem'),
      dataIndex: 'problem',
      width: 360,
      render: (v: string) => (
        <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{v}</Typography.Text>
      ),
    },
    {
      title: t('petitions.field.focus'),
      dataIndex: 'focus',
      render: (_, f) => (
        <Space size={[0, 4]} wrap>
          {f.focus && <Tag color="volcano">{focusLabel(f.focus)}</Tag>}
          {f.disciplines.map((d) => (
            <Tag key={d}>{disciplineLabel(d)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('rounds.finding.activity'),
      dataIndex: 'activityId',
      render: (_, f) => {
        const a = activity(f.activityId);
        return a ? `${a.occurredOn} ${methodLabel(a.method)}` : '—';
      },
    },
    {
      title: t('rounds.finding.evidence'),
      dataIndex: 'evidence',
      width: 260,
      render: (v: string | null) => v ?? '—',
    },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {can.record && (
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setPreset({})}
            data-testid="finding-add"
          >
            {t('rounds.finding.add')}
          </Button>
        </Space>
      )}
      <Table<Finding>
        rowKey="id"
        size="small"
        loading={findings.isLoading}
        columns={columns}
        dataSource={findings.data}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        data-testid="finding-table"
      />
      <FindingFormModal
        round={round}
        unitIds={can.recordUnitIds}
        activities={activities.data ?? []}
        preset={preset}
        onClose={() => setPreset(null)}
      />
    </Space>
  );
}
