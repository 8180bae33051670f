import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { quietComputedStyle } from '../../petitions/test/fixtures';
import { LIAISON_ME, planDetail } from '../test/fixtures';
import { PLAN_URL, WAIT, callsTo, findPlan, renderPlanPage } from '../test/renderPlanPage';

describe('PlanSummary (整改方案说明)', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('lets the unit edit the summary while rectifying, with the plan’s version', async () => {
    const plan = planDetail({
      state: 'approved',
      canWriteReport: true,
      summary: '成立整改领导小组',
    });
    let current = plan;
    const { calls } = renderPlanPage(plan, LIAISON_ME, {
      [`GET ${PLAN_URL}`]: () => ({ body: current }),
      [`PATCH ${PLAN_URL}`]: () => {
        current = { ...plan, summary: '成立整改领导小组，每月调度', version: 3 };
        return { body: current };
      },
    });
    await findPlan();
    expect(screen.getByTestId('plan-summary').textContent).toBe('成立整改领导小组');
    fireEvent.click(screen.getByTestId('plan-summary-edit'));
    const dialog = await screen.findByRole('dialog');
    const input = within(dialog).getByTestId<HTMLTextAreaElement>('plan-summary-input');
    expect(input.value).toBe('成立整改领导小组');
    fireEvent.change(input, { target: { value: ' 成立整改领导小组，每月调度 ' } });
    fireEvent.click(screen.getByTestId('plan-summary-save'));
    await waitFor(() => expect(callsTo(calls, 'PATCH', PLAN_URL)).toHaveLength(1), WAIT);
    expect(callsTo(calls, 'PATCH', PLAN_URL)[0]?.body).toEqual({
      version: 2,
      summary: '成立整改领导小组，每月调度',
    });
    await waitFor(
      () =>
        expect(screen.getByTestId('plan-summary').textContent).toBe('成立整改领导小组，每月调度'),
      WAIT,
    );
  });

  it('is read-only once the report is submitted', async () => {
    renderPlanPage(planDetail({ state: 'reported', summary: '成立整改领导小组' }), LIAISON_ME);
    await findPlan();
    expect(screen.getByTestId('plan-summary').textContent).toBe('成立整改领导小组');
    expect(screen.queryByTestId('plan-summary-edit')).toBeNull();
  });
});
