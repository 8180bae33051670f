import { Tag } from 'antd';
import type { RoundStage } from '../api/types';
import { STAGE_COLORS, stageLabel } from '../labels';

export function RoundStageTag({ stage }: { stage: string }) {
  return (
    <Tag color={STAGE_COLORS[stage as RoundStage] ?? 'default'} data-testid="round-stage">
      {stageLabel(stage)}
    </Tag>
  );
}
