import { useState } from 'react';
import { Button, Space } from 'antd';
import { PETITION_ACTIONS } from '../api/types';
import type { PetitionAction, PetitionDetail } from '../api/types';
import { actionLabel } from '../labels';
import { TransitionModal } from './TransitionModal';

const DANGER: ReadonlySet<string> = new Set(['reject', 'return']);

const isKnownAction = (action: string): action is PetitionAction =>
  (PETITION_ACTIONS as readonly string[]).includes(action);

/**
 * One button per transition the server lists in `actions` for this caller, in the server's
 * order; an action this UI does not know is left out rather than guessed at.
 */
export function PetitionActions({ petition }: { petition: PetitionDetail }) {
  const [open, setOpen] = useState<PetitionAction | null>(null);
  const actions = petition.actions.filter(isKnownAction);

  return (
    <>
      <Space wrap data-testid="petition-actions">
        {actions.map((action, index) => (
          <Button
            key={action}
            type={index === 0 && !DANGER.has(action) ? 'primary' : 'default'}
            danger={DANGER.has(action)}
            onClick={() => setOpen(action)}
            data-testid={`petition-action-${action}`}
          >
            {actionLabel(action)}
          </Button>
        ))}
      </Space>
      <TransitionModal petition={petition} action={open} onClose={() => setOpen(null)} />
    </>
  );
}
