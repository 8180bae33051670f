import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { quietComputedStyle } from '../../petitions/test/fixtures';
import { LIAISON_ME, itemDetail, itemView, planDetail } from '../test/fixtures';
import { WAIT, callsTo, findPlan, renderPlanPage } from '../test/renderPlanPage';

describe('PlanItemsTable: editing an item while drafting', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('opens the item filled in and sends the changed item with its version', async () => {
    const item = itemView({ version: 5 });
    const { calls } = renderPlanPage(
      planDetail({ canEditItems: true, items: [item] }),
      LIAISON_ME,
      {
        'PATCH /api/rectification-items/i-1': { body: itemDetail({ version: 6 }) },
      },
    );
    const row = await screen.findByTestId('item-row', {}, WAIT);
    fireEvent.click(within(row).getByTestId('item-edit'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('修改整改事项')).toBeTruthy();
    expect(within(dialog).getByTestId<HTMLInputElement>('item-leader').value).toBe('张局长');
    fireEvent.change(within(dialog).getByTestId('item-leader'), { target: { value: '王副局长' } });
    fireEvent.change(within(dialog).getByTestId('item-measures'), {
      target: { value: '修订招投标管理办法，逐项清理近三年项目' },
    });
    fireEvent.click(screen.getByTestId('item-save'));
    await waitFor(
      () => expect(callsTo(calls, 'PATCH', '/api/rectification-items/i-1')).toHaveLength(1),
      WAIT,
    );
    expect(callsTo(calls, 'PATCH', '/api/rectification-items/i-1')[0]?.body).toEqual({
      version: 5,
      findingId: 'f-1',
      problem: '工程项目招投标管理不规范',
      responsibleLeader: '王副局长',
      responsiblePersons: '规划科 李科长',
      measures: '修订招投标管理办法，逐项清理近三年项目',
      dueOn: '2027-01-08',
      immediateFix: false,
    });
    expect(callsTo(calls, 'POST', '/api/rectification-items')).toHaveLength(0);
  });

  it('offers no edit once the plan has been submitted', async () => {
    renderPlanPage(planDetail({ state: 'submitted', canEditItems: false }), LIAISON_ME);
    await findPlan();
    await screen.findByTestId('item-row', {}, WAIT);
    expect(screen.queryByTestId('item-edit')).toBeNull();
  });
});
