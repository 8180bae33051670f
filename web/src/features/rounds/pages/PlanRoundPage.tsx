import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { isApiError } from '../../../lib/api';
import { toFieldName } from '../../../lib/errors';
import { requiredRule } from '../../../lib/validation';
import { useSession } from '../../auth/session';
import { orgKeys, useTeams } from '../../org/api/hooks';
import { orgApi } from '../../org/api/orgApi';
import { UnitPicker } from '../../org/components/UnitPicker';
import { roundKeys, useTargetRanking, useTerms } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';
import { ROUND_KINDS } from '../api/types';
import type { RankedUnit, RoundInput, RoundKind } from '../api/types';
import { RankingTable } from '../components/RankingTable';
import { RoundTeamSelect } from '../components/RoundTeamSelect';
import { kindLabel, unitTypeLabel } from '../labels';
import type { PlannedState } from './RoundDetailPage';

interface Values {
  name: string;
  kind: RoundKind;
  topic?: string;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  authorizationNo?: string;
  termId?: string;
}

interface Picked {
  unitId: string;
  unitName: string;
  unitType: string | null;
  score: number | null;
  teamId?: string;
}

const day = (value: Dayjs | undefined) => (value ? value.format('YYYY-MM-DD') : null);
const text = (value: string | undefined) => value?.trim() || null;

function toInput(v: Values, picked: Picked[]): RoundInput {
  return {
    name: v.name.trim(),
    kind: v.kind,
    topic: text(v.topic),
    startsOn: day(v.startsOn),
    endsOn: day(v.endsOn),
    authorizationNo: text(v.authorizationNo),
    termId: v.termId ?? null,
    targets: picked.map((p) => ({ unitId: p.unitId, teamId: p.teamId ?? null })),
  };
}

/**
 * 安排巡察: targets picked from the evidence ranking (or any unit), each given a team; name, type
 * (专项 needs its topic), dates, 授权书号 and term. The server's 不宜定得过多 warnings are shown
 * on the round once it is saved.
 */
export function PlanRoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notification } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const ranking = useTargetRanking();
  const terms = useTerms();
  const teams = useTeams();
  const [picked, setPicked] = useState<Picked[]>([]);
  const [targetErrors, setTargetErrors] = useState<Record<number, string[]>>({});
  const [extraUnit, setExtraUnit] = useState<string | undefined>();

  const plan = useMutation({ mutationFn: (input: RoundInput) => roundsApi.plan(input) });

  const toggle = (units: RankedUnit[], selected: boolean) => {
    setTargetErrors({});
    setPicked((current) =>
      selected
        ? [
            ...current,
            ...units
              .filter((u) => !current.some((p) => p.unitId === u.unitId))
              .map((u) => ({
                unitId: u.unitId,
                unitName: u.unitName,
                unitType: u.unitType,
                score: u.score,
              })),
          ]
        : current.filter((p) => !units.some((u) => u.unitId === p.unitId)),
    );
  };

  const addOther = async (unitId: string | undefined) => {
    setExtraUnit(undefined);
    if (!unitId || picked.some((p) => p.unitId === unitId)) return;
    const ranked = ranking.data?.find((u) => u.unitId === unitId);
    if (ranked) return toggle([ranked], true);
    try {
      const unit = await queryClient.fetchQuery({
        queryKey: orgKeys.unit(unitId),
        queryFn: () => orgApi.unit(unitId),
      });
      setPicked((current) =>
        current.some((p) => p.unitId === unitId)
          ? current
          : [...current, { unitId, unitName: unit.name, unitType: unit.type, score: null }],
      );
    } catch (error) {
      showError(error);
    }
  };

  const setTeam = (unitId: string, teamId: string | undefined) =>
    setPicked((current) => current.map((p) => (p.unitId === unitId ? { ...p, teamId } : p)));

  const onFinish = (values: Values) => {
    setTargetErrors({});
    plan.mutate(toInput(values, picked), {
      onSuccess: (round) => {
        queryClient.setQueryData(roundKeys.detail(round.id), round);
        void queryClient.invalidateQueries({ queryKey: roundKeys.all });
        if (round.warnings.length > 0) {
          notification.warning({
            title: t('rounds.plan.warnings'),
            description: round.warnings.join('；'),
            placement: 'topRight',
          });
        }
        const state: PlannedState = { planned: true };
        void navigate(`/rounds/${round.id}`, { state });
      },
      onError: (error) => {
        if (isApiError(error)) {
          const byRow: Record<number, string[]> = {};
          for (const e of error.fieldErrors) {
            const [root, index] = toFieldName(e.path);
            if (root === 'targets' && typeof index === 'number')
              byRow[index] = [...(byRow[index] ?? []), e.message];
          }
          setTargetErrors(byRow);
        }
        showError(error, form);
      },
    });
  };

  const perTeam = new Map<string, number>();
  for (const p of picked) if (p.teamId) perTeam.set(p.teamId, (perTeam.get(p.teamId) ?? 0) + 1);

  const pickedColumns: TableColumnsType<Picked> = [
    {
      title: t('rounds.field.unit'),
      dataIndex: 'unitName',
      render: (_, p, index) => (
        <Space orientation="vertical" size={0}>
          <span>
            {p.unitName}
            {p.unitType && (
              <Typography.Text type="secondary"> · {unitTypeLabel(p.unitType)}</Typography.Text>
            )}
          </span>
          {(targetErrors[index] ?? []).map((message) => (
            <Typography.Text key={message} type="danger" data-testid="target-error">
              {message}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
    {
      title: t('rounds.ranking.score'),
      dataIndex: 'score',
      render: (v: number | null) => v ?? '—',
    },
    {
      title: t('rounds.field.team'),
      dataIndex: 'teamId',
      render: (_, p) => (
        <RoundTeamSelect
          value={p.teamId}
          onChange={(teamId) => setTeam(p.unitId, teamId)}
          jurisdictionId={user.jurisdictionId}
          data-testid={`target-team-${p.unitId}`}
        />
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Button
          size="small"
          type="link"
          danger
          icon={<DeleteOutlined />}
          onClick={() => setPicked((current) => current.filter((x) => x.unitId !== p.unitId))}
        >
          {t('rounds.plan.remove')}
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('rounds.ranking.title')} data-testid="plan-ranking">
        <Typography.Paragraph type="secondary">{t('rounds.ranking.hint')}</Typography.Paragraph>
        <RankingTable
          items={ranking.data}
          loading={ranking.isLoading}
          selected={picked.map((p) => p.unitId)}
          onToggle={toggle}
        />
      </Card>
      <Card
        title={t('rounds.plan.targets', { count: picked.length })}
        data-testid="plan-targets"
        extra={
          <UnitPicker
            value={extraUnit}
            onChange={(unitId) => void addOther(unitId)}
            placeholder={t('rounds.plan.addUnit')}
            style={{ width: 240 }}
          />
        }
      >
        <Table<Picked>
          rowKey="unitId"
          size="small"
          pagination={false}
          columns={pickedColumns}
          dataSource={picked}
          locale={{ emptyText: t('rounds.plan.noTargets') }}
          data-testid="plan-targets-table"
        />
        {perTeam.size > 0 && (
          <Space wrap style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">{t('rounds.plan.perTeam')}</Typography.Text>
            {[...perTeam].map(([teamId, n]) => (
              <Tag key={teamId}>
                {teams.data?.find((team) => team.id === teamId)?.name ?? '—'}：{n}
              </Tag>
            ))}
          </Space>
        )}
      </Card>
      <Card title={t('menu.roundPlan')}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ kind: 'regular' }}
          onFinish={onFinish}
          data-testid="plan-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="name"
                label={t('rounds.field.name')}
                rules={[requiredRule(t, 'rounds.field.name')]}
              >
                <Input
                  maxLength={100}
                  placeholder={t('rounds.plan.namePlaceholder')}
                  data-testid="plan-name"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="kind"
                label={t('rounds.field.kind')}
                rules={[requiredRule(t, 'rounds.field.kind')]}
              >
                <Select
                  options={ROUND_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
                  data-testid="plan-kind"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="topic"
                label={t('rounds.field.topic')}
                dependencies={['kind']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_rule, value?: string) =>
                      getFieldValue('kind') === 'special' && !value?.trim()
                        ? Promise.reject(new Error(t('rounds.plan.topicRequired')))
                        : Promise.resolve(),
                  }),
                ]}
                extra={kind === 'special' ? t('rounds.plan.topicHint') : undefined}
              >
                <Input maxLength={100} data-testid="plan-topic" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name="startsOn" label={t('rounds.field.startsOn')}>
                <DatePicker style={{ width: '100%' }} data-testid="plan-starts-on" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="endsOn"
                label={t('rounds.field.endsOn')}
                dependencies={['startsOn']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_rule, value?: Dayjs) => {
                      const start = getFieldValue('startsOn') as Dayjs | undefined;
                      return value && start && value.isBefore(start, 'day')
                        ? Promise.reject(new Error(t('rounds.plan.endsBeforeStart')))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="authorizationNo" label={t('rounds.field.authorizationNo')}>
                <Input maxLength={100} data-testid="plan-authorization" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="termId" label={t('rounds.field.term')}>
                <Select
                  allowClear
                  loading={terms.isLoading}
                  options={(terms.data ?? []).map((term) => ({
                    value: term.id,
                    label: `${term.name}（${term.startsOn} ~ ${term.endsOn}）`,
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={plan.isPending}
              data-testid="plan-submit"
            >
              {t('rounds.plan.submit')}
            </Button>
            <Button onClick={() => void navigate('/rounds')}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </Space>
  );
}
