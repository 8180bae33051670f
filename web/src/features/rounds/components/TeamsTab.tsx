import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Popconfirm, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { memberRoleLabel } from '../../inspectors/labels';
import type { RoundCan } from '../abilities';
import { useRecusalOverrides, useRoundMutation } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';
import type { RoundDetail, RoundMember, RoundTarget } from '../api/types';
import { unitTypeLabel } from '../labels';
import { OverrideRequestModal } from './OverrideRequestModal';
import type { OverrideTarget } from './OverrideRequestModal';
import { OverridesPanel } from './OverridesPanel';
import { TeamBuilder } from './TeamBuilder';

const ROLE_COLORS: Record<string, string> = { leader: 'gold', deputy: 'cyan', member: 'default' };

interface TeamGroup {
  teamId: string;
  teamName: string;
  targets: RoundTarget[];
}

function groupByTeam(targets: RoundTarget[]): TeamGroup[] {
  const groups = new Map<string, TeamGroup>();
  for (const target of targets) {
    if (!target.teamId) continue;
    const group = groups.get(target.teamId) ?? {
      teamId: target.teamId,
      teamName: target.teamName ?? '—',
      targets: [],
    };
    group.targets.push(target);
    groups.set(target.teamId, group);
  }
  return [...groups.values()];
}

/** 巡察对象与巡察组: each team with its targets and members, the team builder, the exceptions. */
export function TeamsTab({ round, can }: { round: RoundDetail; can: RoundCan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const overrides = useRecusalOverrides(round.id);
  const [overrideFor, setOverrideFor] = useState<OverrideTarget | null>(null);
  const remove = useRoundMutation((m: RoundMember) =>
    roundsApi.removeMember(round.id, m.teamId, m.inspectorId),
  );
  const teams = groupByTeam(round.targets);
  const unassigned = round.targets.filter((x) => !x.teamId);

  const memberColumns: TableColumnsType<RoundMember> = [
    { title: t('inspectors.field.name'), dataIndex: 'name' },
    {
      title: t('inspectors.field.role'),
      dataIndex: 'role',
      render: (_, m) => <Tag color={ROLE_COLORS[m.role]}>{memberRoleLabel(m.role)}</Tag>,
    },
    {
      title: t('rounds.team.override'),
      dataIndex: 'overrideId',
      render: (_, m) =>
        m.overrideId ? (
          <Tag color="orange" icon={<SafetyCertificateOutlined />}>
            {t('rounds.team.byOverride')}
          </Tag>
        ) : null,
    },
    ...(can.staff
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, m: RoundMember) => (
              <Popconfirm
                title={t('rounds.team.confirmRemove', { name: m.name })}
                onConfirm={() =>
                  remove.mutate(m, {
                    onSuccess: () => void message.success(t('rounds.team.removed')),
                    onError: (error) => showError(error),
                  })
                }
              >
                <Button
                  size="small"
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  data-testid="team-member-remove"
                >
                  {t('rounds.team.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {round.targets.length === 0 && <Empty description={t('rounds.team.noTargets')} />}
      {unassigned.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('rounds.team.unassigned', {
            units: unassigned.map((x) => x.unitName).join('、'),
          })}
        />
      )}
      {teams.map((team) => {
        const members = round.members.filter((m) => m.teamId === team.teamId);
        return (
          <Card
            key={team.teamId}
            size="small"
            title={team.teamName}
            data-testid="team-card"
            data-team-id={team.teamId}
            extra={
              <Space size={[0, 4]} wrap>
                {team.targets.map((x) => (
                  <Tag key={x.unitId} title={unitTypeLabel(x.unitType)}>
                    {x.unitName}
                  </Tag>
                ))}
              </Space>
            }
          >
            <Table<RoundMember>
              rowKey="inspectorId"
              size="small"
              pagination={false}
              columns={memberColumns}
              dataSource={members}
              locale={{ emptyText: t('rounds.team.noMembers') }}
              data-testid="team-members"
            />
            {can.staff && (
              <div style={{ marginTop: 12 }}>
                <TeamBuilder
                  round={round}
                  teamId={team.teamId}
                  overrides={overrides.data ?? []}
                  onRequestOverride={setOverrideFor}
                />
              </div>
            )}
          </Card>
        );
      })}
      <OverridesPanel round={round} overrides={overrides.data ?? []} />
      <OverrideRequestModal
        roundId={round.id}
        target={overrideFor}
        onClose={() => setOverrideFor(null)}
      />
    </Space>
  );
}
