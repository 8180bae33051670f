import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { DISCIPLINES, PROBLEM_FOCUSES } from '../../petitions/api/types';
import type { Discipline, ProblemFocus } from '../../petitions/api/types';
import { disciplineLabel, focusLabel } from '../../petitions/labels';
import { useRoundMutation } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';
import type { Activity, RoundDetail } from '../api/types';
import { activityTitle } from '../labels';

interface Values {
  unitId: string;
  activityId?: string;
  problem: string;
  focus?: ProblemFocus;
  disciplines?: Discipline[];
  evidence?: string;
}

export interface FindingPreset {
  unitId?: string;
  activityId?: string;
}

interface Props {
  round: RoundDetail;
  /** The targets this caller records at. */
  unitIds: string[];
  activities: Activity[];
  /** null = closed. */
  preset: FindingPreset | null;
  onClose: () => void;
}

/** 发现问题: a problem at a target, linked to the on-site record it came from, with evidence. */
export function FindingFormModal({ round, unitIds, activities, preset, onClose }: Props) {
  const { t } = useTranslation();
  const raise = useRoundMutation((v: Values) =>
    roundsApi.raiseFinding(round.id, {
      unitId: v.unitId,
      activityId: v.activityId ?? null,
      problem: v.problem.trim(),
      focus: v.focus ?? null,
      disciplines: v.disciplines ?? [],
      evidence: v.evidence?.trim() || null,
    }),
  );
  const targets = round.targets.filter((x) => unitIds.includes(x.unitId));
  const source = preset?.activityId ? activities.find((a) => a.id === preset.activityId) : null;

  return (
    <FormModal<Values>
      open={preset !== null}
      width={640}
      title={t('rounds.finding.add')}
      initialValues={{
        unitId: preset?.unitId ?? targets[0]?.unitId,
        activityId: preset?.activityId,
        evidence: source ? activityTitle(source) : undefined,
      }}
      onCancel={onClose}
      onSubmit={(values) => raise.mutateAsync(values)}
    >
      <Form.Item
        name="unitId"
        label={t('rounds.field.unit')}
        rules={[requiredRule(t, 'rounds.field.unit')]}
      >
        <Select
          options={targets.map((x) => ({ value: x.unitId, label: x.unitName }))}
          data-testid="finding-unit"
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.unitId !== b.unitId}>
        {({ getFieldValue }) => (
          <Form.Item name="activityId" label={t('rounds.finding.activity')}>
            <Select
              allowClear
              data-testid="finding-activity"
              options={activities
                .filter((a) => a.unitId === getFieldValue('unitId'))
                .map((a) => ({ value: a.id, label: activityTitle(a) }))}
            />
          </Form.Item>
        )}
      </Form.Item>
      <Form.Item
        name="problem"
        label={t('rounds.finding.problem')}
        rules={[requiredRule(t, 'rounds.finding.problem')]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={5000}
          showCount
          data-testid="finding-problem"
        />
      </Form.Item>
      <Form.Item name="focus" label={t('petitions.field.focus')}>
        <Select
          allowClear
          options={PROBLEM_FOCUSES.map((f) => ({ value: f, label: focusLabel(f) }))}
        />
      </Form.Item>
      <Form.Item name="disciplines" label={t('petitions.field.disciplines')}>
        <Select
          mode="multiple"
          options={DISCIPLINES.map((d) => ({ value: d, label: disciplineLabel(d) }))}
        />
      </Form.Item>
      <Form.Item name="evidence" label={t('rounds.finding.evidence')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10_000} />
      </Form.Item>
    </FormModal>
  );
}
