import { Descriptions, Space, Statistic, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { WorkflowTimeline } from '../../../components/WorkflowTimeline';
import { PLAN_STATES } from '../api/types';
import type { ItemCounts, PlanDetail, PlanSummary } from '../api/types';
import { anyStateLabel, planStateLabel, stepLabel } from '../labels';

/** 起草 → 报审 → 整改中 → 报送报告 → 验收 as steps. */
export function PlanStateSteps({ plan }: { plan: Pick<PlanDetail, 'state'> }) {
  const current = PLAN_STATES.indexOf(plan.state);
  return (
    <Steps
      size="small"
      current={current}
      status={plan.state === 'closed' ? 'finish' : 'process'}
      items={PLAN_STATES.map((s) => ({ title: planStateLabel(s) }))}
      data-testid="plan-steps"
    />
  );
}

export function PlanCounts({ counts, testId }: { counts: ItemCounts; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Space size="large" wrap data-testid={testId}>
      {(['open', 'closureRequested', 'closed', 'overdue'] as const).map((key) => (
        <Statistic
          key={key}
          title={t(`rectification.count.${key}`)}
          value={counts[key]}
          styles={
            key === 'overdue' && counts.overdue > 0 ? { content: { color: '#cf1322' } } : undefined
          }
          data-testid={`plan-count-${key}`}
        />
      ))}
    </Space>
  );
}

export function PlanFields({ plan }: { plan: PlanSummary | PlanDetail }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 4 }}
      items={[
        { key: 'unit', label: t('rectification.field.unit'), children: plan.unitName },
        { key: 'round', label: t('rectification.field.round'), children: plan.roundName },
        {
          key: 'feedbackOn',
          label: t('rectification.field.feedbackOn'),
          children: plan.feedbackOn,
        },
        {
          key: 'dueOn',
          label: t('rectification.field.planDueOn'),
          children: <span data-testid="plan-due-on">{plan.dueOn}</span>,
        },
      ]}
    />
  );
}

const COLORS: Record<string, string> = { return: 'red', return_report: 'red', accept: 'green' };

export function PlanTimeline({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  return (
    <WorkflowTimeline
      steps={plan.timeline}
      actionLabel={stepLabel}
      stateLabel={anyStateLabel}
      colors={COLORS}
      empty={t('rectification.timelineEmpty')}
      testId="plan-timeline"
      stepTestId="plan-timeline-step"
    />
  );
}
