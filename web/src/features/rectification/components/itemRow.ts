import type { HTMLAttributes } from 'react';
import type { ItemView } from '../api/types';
import { deadlineOf } from '../labels';

/** The row of an item, as browser tests find it: id, state and deadline colour. */
export function itemRowProps(item: ItemView): HTMLAttributes<HTMLElement> {
  return {
    'data-testid': 'item-row',
    'data-item-id': item.id,
    'data-state': item.state,
    'data-deadline': deadlineOf(item),
  } as HTMLAttributes<HTMLElement>;
}
