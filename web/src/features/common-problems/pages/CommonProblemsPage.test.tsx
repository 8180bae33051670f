import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { LIAISON_ME, OFFICE_ME } from '../../rectification/test/fixtures';
import { commonProblem } from '../test/fixtures';
import { CommonProblemsPage } from './CommonProblemsPage';

const WAIT = { timeout: 5000 };
const PATH = '/rectification/common-problems';

const LIST = [
  commonProblem({ id: 'c-red', overdue: true, daysLeft: -3 }),
  commonProblem({ id: 'c-green', title: '村级财务审核不严' }),
];

const routes = {
  'GET /api/common-problems': { body: { items: LIST, total: 2, page: 1, pageSize: 20 } },
  'GET /api/common-problems/candidate-findings': {
    body: {
      items: commonProblem().findings.map((f) => ({ ...f, focus: 'conduct' })),
    },
  },
};

describe('CommonProblemsPage (共性问题)', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('lists the tasks with their units and deadline colour; a unit cannot set one up', async () => {
    mockFetch(routes);
    renderApp(pageRoutes(PATH, <CommonProblemsPage />, LIAISON_ME), PATH);
    await screen.findAllByTestId('common-row', {}, WAIT);
    expect(
      screen.getAllByTestId('common-deadline').map((d) => d.getAttribute('data-deadline')),
    ).toEqual(['red', 'green']);
    expect(screen.getAllByText('牵头：县财政局')).toHaveLength(2);
    expect(screen.queryByTestId('common-problem-new')).toBeNull();
  });

  it('lets the office pick findings of several units and sends the task to the server', async () => {
    const { calls } = mockFetch({
      ...routes,
      'POST /api/common-problems': { status: 201, body: commonProblem() },
    });
    renderApp(pageRoutes(PATH, <CommonProblemsPage />, OFFICE_ME), PATH);
    fireEvent.click(await screen.findByTestId('common-problem-new', {}, WAIT));
    const rows = await screen.findAllByTestId('candidate-row', {}, WAIT);
    expect(rows).toHaveLength(2);
    for (const row of rows) fireEvent.click(row.querySelector('input[type="checkbox"]')!);
    fireEvent.click(screen.getByTestId('common-problem-save'));
    // The rest of the form is required: nothing is sent yet.
    expect((await screen.findAllByText('请填写共性问题', {}, WAIT)).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await waitFor(() =>
      expect(
        calls.filter((c) => c.url.startsWith('/api/common-problems/candidate-findings')).length,
      ).toBeGreaterThan(0),
    );
  });
});
