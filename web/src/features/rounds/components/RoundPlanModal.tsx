import { useState } from 'react';
import { Button, Col, DatePicker, Form, Input, Row, Space, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { useShowError } from '../../../hooks/useShowError';
import { requiredRule } from '../../../lib/validation';
import { orgKeys } from '../../org/api/hooks';
import { orgApi } from '../../org/api/orgApi';
import { UnitPicker } from '../../org/components/UnitPicker';
import { useRoundMutation } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';
import type { RoundDetail } from '../api/types';
import { RoundTeamSelect } from './RoundTeamSelect';

interface TargetRow {
  unitId: string;
  unitName: string;
  teamId?: string | null;
}

interface Values {
  name: string;
  topic?: string;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  authorizationNo?: string;
  targets: TargetRow[];
}

const day = (value: Dayjs | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/**
 * 修改巡察计划 (准备 only): name, topic, dates, 授权书号 and the targets with their teams, sent
 * with the round's version (a 409 means someone else changed the plan first).
 */
export function RoundPlanModal({
  round,
  open,
  onClose,
}: {
  round: RoundDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState<string | undefined>();
  const update = useRoundMutation((v: Values) =>
    roundsApi.update(round.id, {
      name: v.name.trim(),
      topic: v.topic?.trim() || null,
      startsOn: day(v.startsOn),
      endsOn: day(v.endsOn),
      authorizationNo: v.authorizationNo?.trim() || null,
      targets: v.targets.map((x) => ({ unitId: x.unitId, teamId: x.teamId ?? null })),
      version: round.version,
    }),
  );

  return (
    <FormModal<Values>
      open={open}
      width={720}
      title={t('rounds.plan.editTitle', { name: round.name })}
      initialValues={{
        name: round.name,
        topic: round.topic ?? undefined,
        startsOn: round.startsOn ? dayjs(round.startsOn) : undefined,
        endsOn: round.endsOn ? dayjs(round.endsOn) : undefined,
        authorizationNo: round.authorizationNo ?? undefined,
        targets: round.targets.map((x) => ({
          unitId: x.unitId,
          unitName: x.unitName,
          teamId: x.teamId,
        })),
      }}
      onCancel={onClose}
      onSubmit={(values) => update.mutateAsync(values)}
    >
      {(form) => (
        <>
          <Row gutter={16}>
            <Col span={14}>
              <Form.Item
                name="name"
                label={t('rounds.field.name')}
                rules={[requiredRule(t, 'rounds.field.name')]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item
                name="topic"
                label={t('rounds.field.topic')}
                rules={
                  round.kind === 'special'
                    ? [
                        {
                          required: true,
                          whitespace: true,
                          message: t('rounds.plan.topicRequired'),
                        },
                      ]
                    : []
                }
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="startsOn" label={t('rounds.field.startsOn')}>
                <DatePicker style={{ width: '100%' }} data-testid="plan-edit-starts-on" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="endsOn" label={t('rounds.field.endsOn')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="authorizationNo" label={t('rounds.field.authorizationNo')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text strong>{t('rounds.plan.targetsLabel')}</Typography.Text>
          <Form.List name="targets">
            {(rows, { remove, add }) => (
              <div style={{ marginTop: 8 }}>
                {rows.map((row) => (
                  <Space key={row.key} align="baseline" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[row.name, 'unitName']} noStyle>
                      <Input readOnly variant="borderless" style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'teamId']}>
                      <RoundTeamSelect jurisdictionId={round.jurisdictionId} />
                    </Form.Item>
                    <Button
                      size="small"
                      type="link"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(row.name)}
                    >
                      {t('rounds.plan.remove')}
                    </Button>
                  </Space>
                ))}
                <UnitPicker
                  value={adding}
                  placeholder={t('rounds.plan.addUnit')}
                  jurisdictionId={round.jurisdictionId}
                  onChange={(unitId) => {
                    setAdding(undefined);
                    const current =
                      (form.getFieldValue('targets') as TargetRow[] | undefined) ?? [];
                    if (!unitId || current.some((x) => x.unitId === unitId)) return;
                    queryClient
                      .fetchQuery({
                        queryKey: orgKeys.unit(unitId),
                        queryFn: () => orgApi.unit(unitId),
                      })
                      .then((unit) => add({ unitId, unitName: unit.name, teamId: null }))
                      .catch(showError);
                  }}
                />
              </div>
            )}
          </Form.List>
        </>
      )}
    </FormModal>
  );
}
