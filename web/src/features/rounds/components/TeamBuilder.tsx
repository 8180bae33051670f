import { useState } from 'react';
import { Alert, App, Button, Form, List, Select, Space, Tag, Typography } from 'antd';
import { BulbOutlined, SafetyCertificateOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { isApiError } from '../../../lib/api';
import { useRecusalCheck } from '../../inspectors/api/hooks';
import { MEMBER_ROLES, SPECIALTY_PRESETS } from '../../inspectors/api/types';
import type { MemberRole } from '../../inspectors/api/types';
import { InspectorSelect } from '../../inspectors/components/InspectorSelect';
import type { ConflictView } from '../../inspectors/components/RecusalConflicts';
import { RecusalConflicts } from '../../inspectors/components/RecusalConflicts';
import { memberRoleLabel, ruleOfPath } from '../../inspectors/labels';
import { useMemberSuggestions, useRoundMutation } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';
import type { RecusalOverride, RoundDetail } from '../api/types';
import type { OverrideTarget } from './OverrideRequestModal';

interface Values {
  inspectorId?: string;
  role: MemberRole;
}

interface Refusal {
  inspectorId: string;
  conflicts: ConflictView[];
}

interface Props {
  round: RoundDetail;
  teamId: string;
  overrides: RecusalOverride[];
  onRequestOverride: (target: OverrideTarget) => void;
}

function Suggestions({
  round,
  teamId,
  onAdd,
  adding,
}: {
  round: RoundDetail;
  teamId: string;
  onAdd: (inspectorId: string) => void;
  adding: boolean;
}) {
  const { t } = useTranslation();
  const [wanted, setWanted] = useState<string[]>([]);
  const [asked, setAsked] = useState<string[] | null>(null);
  const suggestions = useMemberSuggestions(round.id, teamId, asked);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="team-suggestions">
      <Space wrap>
        <Select
          mode="tags"
          value={wanted}
          onChange={setWanted}
          placeholder={t('rounds.team.specialties')}
          options={SPECIALTY_PRESETS.map((s) => ({ value: s, label: s }))}
          style={{ minWidth: 260 }}
          data-testid="team-suggest-specialties"
        />
        <Button
          icon={<BulbOutlined />}
          onClick={() => setAsked([...wanted])}
          loading={suggestions.isFetching}
          data-testid="team-suggest"
        >
          {t('rounds.team.suggest')}
        </Button>
      </Space>
      {asked !== null && suggestions.data && (
        <List
          size="small"
          bordered
          dataSource={suggestions.data}
          locale={{ emptyText: t('rounds.team.noSuggestions') }}
          renderItem={(s) => (
            <List.Item
              data-testid="team-suggestion"
              actions={[
                <Button
                  key="add"
                  size="small"
                  type="link"
                  disabled={adding}
                  onClick={() => onAdd(s.inspectorId)}
                >
                  {t('rounds.team.addSuggested')}
                </Button>,
              ]}
            >
              <Space wrap size={4}>
                <Typography.Text strong>{s.name}</Typography.Text>
                {s.rank && <Typography.Text type="secondary">{s.rank}</Typography.Text>}
                {s.specialties.map((sp) => (
                  <Tag key={sp} color={s.matchedSpecialties.includes(sp) ? 'blue' : undefined}>
                    {sp}
                  </Tag>
                ))}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}

/**
 * 巡察组选配: pick a member from the talent pool; the recusal engine checks them against the
 * team's targets as soon as they are picked (red tags naming the rule). The server refuses a
 * conflicted inspector (409, the rules named) unless the leading group approved an exception,
 * which the office can ask for from here. Suggestions by specialty come without conflicts.
 */
export function TeamBuilder({ round, teamId, overrides, onRequestOverride }: Props) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const inspectorId = Form.useWatch('inspectorId', form);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const unitIds = round.targets.filter((x) => x.teamId === teamId).map((x) => x.unitId);
  const taken = round.members.map((m) => m.inspectorId);
  const check = useRecusalCheck(inspectorId ? { inspectorId, unitIds, roundId: round.id } : null);
  const approved = overrides.some(
    (o) => o.teamId === teamId && o.inspectorId === inspectorId && o.state === 'approved',
  );
  const pending = overrides.some(
    (o) => o.teamId === teamId && o.inspectorId === inspectorId && o.state === 'pending',
  );
  const add = useRoundMutation((v: { inspectorId: string; role: MemberRole }) =>
    roundsApi.addMember(round.id, { teamId, ...v }),
  );

  const submit = (v: { inspectorId: string; role: MemberRole }) =>
    add.mutate(v, {
      onSuccess: () => {
        void message.success(t('rounds.team.added'));
        setRefusal(null);
        form.resetFields();
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 409) {
          const conflicts = error.fieldErrors.flatMap((e) => {
            const rule = ruleOfPath(e.path);
            return rule ? [{ rule, message: e.message }] : [];
          });
          if (conflicts.length > 0) {
            setRefusal({ inspectorId: v.inspectorId, conflicts });
            return;
          }
          notification.warning({
            title: error.problem.detail ?? t('errors.conflict'),
            placement: 'topRight',
          });
          return;
        }
        showError(error, form);
      },
    });

  const conflictsNow =
    refusal && refusal.inspectorId === inspectorId ? refusal.conflicts : check.data;
  const askOverride = (conflicts: ConflictView[]) =>
    inspectorId && onRequestOverride({ teamId, inspectorId, conflicts });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="team-builder">
      <Form<Values>
        form={form}
        layout="inline"
        initialValues={{ role: 'member' }}
        onFinish={(v) => v.inspectorId && submit({ inspectorId: v.inspectorId, role: v.role })}
        onValuesChange={(changed: Partial<Values>) => {
          if ('inspectorId' in changed) setRefusal(null);
        }}
      >
        <Form.Item
          name="inspectorId"
          rules={[{ required: true, message: t('rounds.team.pickRequired') }]}
        >
          <InspectorSelect excludeIds={taken} data-testid="team-member-picker" />
        </Form.Item>
        <Form.Item name="role">
          <Select
            style={{ width: 120 }}
            options={MEMBER_ROLES.map((r) => ({ value: r, label: memberRoleLabel(r) }))}
            data-testid="team-member-role"
          />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<UserAddOutlined />}
            loading={add.isPending}
            data-testid="team-member-add"
          >
            {t('rounds.team.add')}
          </Button>
        </Form.Item>
      </Form>
      {inspectorId && refusal?.inspectorId !== inspectorId && (
        <Space orientation="vertical" size={4} data-testid="team-recusal">
          <RecusalConflicts
            conflicts={check.data}
            checking={check.isFetching && !check.data}
            failed={check.isError}
          />
          {approved && (
            <Tag color="green" icon={<SafetyCertificateOutlined />}>
              {t('rounds.override.approvedHere')}
            </Tag>
          )}
          {pending && <Tag color="processing">{t('rounds.override.pendingHere')}</Tag>}
        </Space>
      )}
      {refusal && refusal.inspectorId === inspectorId && (
        <Alert
          type="error"
          showIcon
          data-testid="team-refusal"
          title={t('rounds.team.refused')}
          description={
            <RecusalConflicts conflicts={refusal.conflicts} data-testid="team-refusal-rules" />
          }
        />
      )}
      {inspectorId && !approved && !pending && conflictsNow && conflictsNow.length > 0 && (
        <Button
          size="small"
          icon={<SafetyCertificateOutlined />}
          onClick={() => askOverride(conflictsNow)}
          data-testid="team-request-override"
        >
          {t('rounds.override.request')}
        </Button>
      )}
      <Suggestions
        round={round}
        teamId={teamId}
        adding={add.isPending}
        onAdd={(id) => submit({ inspectorId: id, role: 'member' })}
      />
    </Space>
  );
}
