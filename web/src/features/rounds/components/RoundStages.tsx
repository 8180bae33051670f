import { Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROUND_STAGES, STAGE_ENTRY } from '../api/types';
import type { RoundAction, RoundDetail } from '../api/types';
import { stageLabel } from '../labels';

function GateText({
  action,
  missing,
  next,
}: {
  action: RoundAction;
  missing: string[];
  next: boolean;
}) {
  const { t } = useTranslation();
  if (missing.length > 0) {
    return (
      <Typography.Text
        type="danger"
        style={{ fontSize: 12 }}
        data-testid={`gate-${action}`}
        data-ready="false"
      >
        {t('rounds.gate.missing', { items: missing.join('；') })}
      </Typography.Text>
    );
  }
  if (!next) return null;
  return (
    <Typography.Text
      type="success"
      style={{ fontSize: 12 }}
      data-testid={`gate-${action}`}
      data-ready="true"
    >
      {t('rounds.gate.ready')}
    </Typography.Text>
  );
}

/**
 * The six stages (准备 → 了解 → 报告 → 反馈 → 整改督查 → 立卷归案) with, under every stage not yet
 * reached, what its gate still needs in the server's words ("还缺：…").
 */
export function RoundStages({ round }: { round: RoundDetail }) {
  const current = ROUND_STAGES.indexOf(round.stage);
  const done = round.stage === 'archived';
  return (
    <div data-testid="round-stages">
      <Steps
        size="small"
        titlePlacement="vertical"
        current={current}
        items={ROUND_STAGES.map((stage, index) => {
          const entry = STAGE_ENTRY[stage];
          return {
            key: stage,
            title: stageLabel(stage),
            status: done || index < current ? 'finish' : index === current ? 'process' : 'wait',
            content:
              entry && index > current ? (
                <GateText
                  action={entry}
                  missing={round.gates[entry] ?? []}
                  next={index === current + 1}
                />
              ) : undefined,
          };
        })}
      />
    </div>
  );
}
