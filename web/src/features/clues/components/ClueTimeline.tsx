import { useTranslation } from 'react-i18next';
import { WorkflowTimeline } from '../../../components/WorkflowTimeline';
import type { ClueDetail } from '../api/types';
import { accountLabel, actionLabel } from '../labels';

const COLORS: Record<string, string> = { transfer: 'purple', close: 'green' };

/** 流转记录: every step with who took it, when, the account change and the opinion given. */
export function ClueTimeline({ clue }: { clue: ClueDetail }) {
  const { t } = useTranslation();
  return (
    <WorkflowTimeline
      steps={clue.timeline}
      actionLabel={actionLabel}
      stateLabel={accountLabel}
      colors={COLORS}
      empty={t('clues.timeline.empty')}
      testId="clue-timeline"
      stepTestId="clue-timeline-step"
    />
  );
}
