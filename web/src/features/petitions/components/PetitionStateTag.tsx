import { Tag } from 'antd';
import { STATE_COLORS, stateLabel } from '../labels';
import type { PetitionState } from '../api/types';

export function PetitionStateTag({ state }: { state: string }) {
  return (
    <Tag color={STATE_COLORS[state as PetitionState] ?? 'default'} data-testid="petition-state">
      {stateLabel(state)}
    </Tag>
  );
}
