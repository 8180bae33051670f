import { useState } from 'react';
import { useParams } from 'react-router';
import { Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryResult } from '../../../components/QueryResult';
import { usePlan } from '../api/hooks';
import type { PlanDetail } from '../api/types';
import { DisclosuresSection } from '../components/DisclosuresSection';
import { FollowUpSection } from '../components/FollowUpSection';
import { PlanActions } from '../components/PlanActions';
import { PlanCounts, PlanFields, PlanStateSteps, PlanTimeline } from '../components/PlanHeader';
import { PlanItemsTable } from '../components/PlanItemsTable';
import { PlanStateTag } from '../components/ItemTags';
import { PlanSummary } from '../components/PlanSummary';
import { ReportSection } from '../components/ReportSection';
import { SupervisionChecksSection } from '../components/SupervisionChecksSection';
import { SUPERVISED_STATES } from '../labels';

/**
 * 整改方案: its state as steps and deadline, the four lists side by side with the items' own
 * steps, the 督查清单's checks, the report and its 承诺书, the 回头看 visits, the disclosures and
 * the history. Step buttons are exactly the steps the server lists in `actions` (the plan's and
 * each item's); 督查 and 回头看 when the server says `canSupervise`.
 */
export function RectificationPlanPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = usePlan(id);
  /** What the server listed when it last refused a step (e.g. findings without an item). */
  const [refused, setRefused] = useState<string[]>([]);

  return (
    <QueryResult
      query={query}
      notFound={{
        text: t('rectification.notFound'),
        testId: 'plan-not-found',
        backTo: '/rectification',
        backText: t('rectification.backToList'),
      }}
    >
      {(plan) => <PlanView plan={plan} refused={refused} onRefused={setRefused} />}
    </QueryResult>
  );
}

function PlanView(props: {
  plan: PlanDetail;
  refused: string[];
  onRefused: (findingIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const { plan, refused } = props;
  const showReport = plan.state !== 'drafting' && plan.state !== 'submitted';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        data-testid="plan-detail"
        title={
          <Space wrap>
            <span>{t('rectification.planTitle', { unit: plan.unitName })}</span>
            <PlanStateTag state={plan.state} testId="plan-state" />
          </Space>
        }
        extra={<PlanActions plan={plan} onRefused={props.onRefused} />}
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <PlanStateSteps plan={plan} />
          <PlanFields plan={plan} />
          <PlanCounts counts={plan.counts} testId="plan-counts" />
          <PlanSummary plan={plan} />
        </Space>
      </Card>
      <PlanItemsTable plan={plan} refused={refused} />
      <SupervisionChecksSection plan={plan} />
      {(showReport || plan.canEditItems) && <ReportSection plan={plan} />}
      {SUPERVISED_STATES.includes(plan.state) && <FollowUpSection plan={plan} />}
      <DisclosuresSection plan={plan} />
      <Card size="small" title={t('rectification.timeline')}>
        <PlanTimeline plan={plan} />
      </Card>
    </Space>
  );
}
