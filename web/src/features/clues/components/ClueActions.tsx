import { useState } from 'react';
import { Button, Space } from 'antd';
import { EditOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CLUE_ACTIONS } from '../api/types';
import type { ClueAction, ClueDetail, ClueTransitionAction } from '../api/types';
import { actionLabel } from '../labels';
import { ClueFormModal } from './ClueFormModal';
import { ClueTransitionModal } from './ClueTransitionModal';
import { TransferModal } from './TransferModal';

const isKnownAction = (action: string): action is ClueAction =>
  (CLUE_ACTIONS as readonly string[]).includes(action);

/**
 * One button per step the server lists in `actions` for this caller, in the server's order (移交
 * opens the transfer dialog); an action this UI does not know is left out rather than guessed
 * at. 编辑 only while the server says the clue may be edited (`canEdit`).
 */
export function ClueActions({ clue }: { clue: ClueDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ClueTransitionAction | null>(null);
  const [transferOpen, setTransferOpen] = useState(false);
  const [editOpen, setEditOpen] = useState(false);
  const actions = clue.actions.filter(isKnownAction);

  return (
    <>
      <Space wrap data-testid="clue-actions">
        {actions.map((action, index) => (
          <Button
            key={action}
            type={index === 0 ? 'primary' : 'default'}
            icon={action === 'transfer' ? <SendOutlined /> : undefined}
            onClick={() => (action === 'transfer' ? setTransferOpen(true) : setOpen(action))}
            data-testid={`clue-action-${action}`}
          >
            {actionLabel(action)}
          </Button>
        ))}
        {clue.canEdit && (
          <Button icon={<EditOutlined />} onClick={() => setEditOpen(true)} data-testid="clue-edit">
            {t('common.edit')}
          </Button>
        )}
      </Space>
      <ClueTransitionModal clue={clue} action={open} onClose={() => setOpen(null)} />
      <TransferModal clue={clue} open={transferOpen} onClose={() => setTransferOpen(false)} />
      {clue.canEdit && (
        <ClueFormModal clue={clue} open={editOpen} onClose={() => setEditOpen(false)} />
      )}
    </>
  );
}
