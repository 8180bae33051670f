import { useState } from 'react';
import { Button, Space } from 'antd';
import { ITEM_ACTIONS } from '../api/types';
import type { ItemAction, ItemView } from '../api/types';
import { itemActionLabel } from '../labels';
import { ItemTransitionModal } from './ItemTransitionModal';

const isKnownAction = (action: string): action is ItemAction =>
  (ITEM_ACTIONS as readonly string[]).includes(action);

/**
 * One button per step the server lists in the item's `actions`, in the server's order; an
 * action this UI does not know is left out rather than guessed at.
 */
export function ItemActions({ item }: { item: ItemView }) {
  const [open, setOpen] = useState<ItemAction | null>(null);
  const actions = item.actions.filter(isKnownAction);
  if (actions.length === 0) return null;
  return (
    <>
      <Space size={4} wrap data-testid="item-actions">
        {actions.map((action) => (
          <Button
            key={action}
            size="small"
            type={action === 'close' || action === 'request_closure' ? 'primary' : 'default'}
            danger={action === 'reject'}
            onClick={() => setOpen(action)}
            data-testid={`item-action-${action}`}
          >
            {itemActionLabel(action)}
          </Button>
        ))}
      </Space>
      <ItemTransitionModal item={item} action={open} onClose={() => setOpen(null)} />
    </>
  );
}
