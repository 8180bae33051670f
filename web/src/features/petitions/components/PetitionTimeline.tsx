import { useTranslation } from 'react-i18next';
import { WorkflowTimeline } from '../../../components/WorkflowTimeline';
import type { PetitionDetail } from '../api/types';
import { actionLabel, stateLabel } from '../labels';

const COLORS: Record<string, string> = {
  reject: 'red',
  return: 'red',
  extend: 'orange',
  answer: 'green',
  archive: 'gray',
};

/** 办理过程: every step with who took it, when, the state change and the opinion given. */
export function PetitionTimeline({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  return (
    <WorkflowTimeline
      steps={petition.timeline}
      actionLabel={actionLabel}
      stateLabel={stateLabel}
      colors={COLORS}
      empty={t('petitions.timeline.empty')}
      testId="petition-timeline"
      stepTestId="timeline-step"
    />
  );
}
