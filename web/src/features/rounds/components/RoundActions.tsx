import { useState } from 'react';
import { Button, Space, Tooltip } from 'antd';
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROUND_ACTIONS } from '../api/types';
import type { RoundAction, RoundDetail } from '../api/types';
import { actionLabel } from '../labels';
import { RoundTransitionModal } from './RoundTransitionModal';

const DANGER: ReadonlySet<string> = new Set(['return_report']);

const isKnownAction = (action: string): action is RoundAction =>
  (ROUND_ACTIONS as readonly string[]).includes(action);

/**
 * One button per stage step the server lists in `actions` for this caller, in the server's
 * order; an action this UI does not know is left out rather than guessed at. A step whose gate
 * still misses something says so on the button (the server refuses it with the same list).
 */
export function RoundActions({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<RoundAction | null>(null);
  const actions = round.actions.filter(isKnownAction);

  return (
    <>
      <Space wrap data-testid="round-actions">
        {actions.map((action, index) => {
          const missing = round.gates[action] ?? [];
          const button = (
            <Button
              key={action}
              type={index === 0 && !DANGER.has(action) ? 'primary' : 'default'}
              danger={DANGER.has(action)}
              icon={missing.length > 0 ? <ExclamationCircleOutlined /> : undefined}
              onClick={() => setOpen(action)}
              data-testid={`round-action-${action}`}
            >
              {actionLabel(action)}
            </Button>
          );
          return missing.length > 0 ? (
            <Tooltip key={action} title={t('rounds.gate.missing', { items: missing.join('；') })}>
              {button}
            </Tooltip>
          ) : (
            button
          );
        })}
      </Space>
      <RoundTransitionModal round={round} action={open} onClose={() => setOpen(null)} />
    </>
  );
}
