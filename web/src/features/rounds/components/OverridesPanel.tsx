import { useState } from 'react';
import { Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { formatDateTime } from '../../../lib/format';
import { useSession } from '../../auth/session';
import { ruleLabel } from '../../inspectors/labels';
import { canDecideOverride } from '../abilities';
import { useRoundMutation } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';
import type { OverrideState, RecusalOverride, RoundDetail } from '../api/types';
import { InspectorName } from './InspectorName';

const STATE_COLORS: Record<OverrideState, string> = {
  pending: 'processing',
  approved: 'green',
  rejected: 'red',
};

interface Decision {
  override: RecusalOverride;
  approve: boolean;
}

/** 回避例外申请: every request of the round; the leading group approves or rejects the pending. */
export function OverridesPanel({
  round,
  overrides,
}: {
  round: RoundDetail;
  overrides: RecusalOverride[];
}) {
  const { t } = useTranslation();
  const me = useSession();
  const [decision, setDecision] = useState<Decision | null>(null);
  const decide = useRoundMutation((note: string | null) =>
    roundsApi.decideOverride(decision?.override.id ?? '', {
      approve: decision?.approve ?? false,
      note,
    }),
  );
  if (overrides.length === 0) return null;
  const teamName = (teamId: string) =>
    round.targets.find((x) => x.teamId === teamId)?.teamName ?? '—';
  const memberName = (inspectorId: string) =>
    round.members.find((m) => m.inspectorId === inspectorId)?.name;

  const columns: TableColumnsType<RecusalOverride> = [
    {
      title: t('rounds.override.inspector'),
      dataIndex: 'inspectorId',
      render: (_, o) => <InspectorName id={o.inspectorId} known={memberName(o.inspectorId)} />,
    },
    { title: t('rounds.field.team'), dataIndex: 'teamId', render: (_, o) => teamName(o.teamId) },
    {
      title: t('rounds.override.conflicts'),
      dataIndex: 'conflicts',
      render: (_, o) => (
        <Space orientation="vertical" size={2}>
          {o.conflicts.map((c, i) => (
            <span key={`${c.rule}-${i}`}>
              <Tag color="red" data-rule={c.rule}>
                {ruleLabel(c.rule)}
              </Tag>
              <Typography.Text type="secondary">{c.message}</Typography.Text>
            </span>
          ))}
        </Space>
      ),
    },
    { title: t('rounds.override.reason'), dataIndex: 'reason', width: 240 },
    {
      title: t('rounds.override.state'),
      dataIndex: 'state',
      render: (_, o) => (
        <Space orientation="vertical" size={2}>
          <Tag color={STATE_COLORS[o.state]} data-testid="override-state">
            {t(`rounds.override.stateLabel.${o.state}`)}
          </Tag>
          {o.decidedAt && (
            <Typography.Text type="secondary">{formatDateTime(o.decidedAt)}</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, o) =>
        canDecideOverride(o, round, me) && (
          <Space>
            <Button
              size="small"
              type="primary"
              onClick={() => setDecision({ override: o, approve: true })}
              data-testid="override-approve"
            >
              {t('rounds.override.approve')}
            </Button>
            <Button
              size="small"
              danger
              onClick={() => setDecision({ override: o, approve: false })}
              data-testid="override-reject"
            >
              {t('rounds.override.reject')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <Card size="small" title={t('rounds.override.title')} data-testid="round-overrides">
      <Table<RecusalOverride>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={overrides}
        scroll={{ x: 'max-content' }}
      />
      <FormModal<{ note?: string }>
        open={decision !== null}
        title={
          decision?.approve ? t('rounds.override.approveTitle') : t('rounds.override.rejectTitle')
        }
        onCancel={() => setDecision(null)}
        onSubmit={({ note }) => decide.mutateAsync(note?.trim() || null)}
      >
        {decision && (
          <Typography.Paragraph type="secondary">{decision.override.reason}</Typography.Paragraph>
        )}
        <Form.Item name="note" label={t('rounds.override.note')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={500}
            data-testid="override-note"
          />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
