import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { OFFICE_ME } from '../../rectification/test/fixtures';
import { SatisfactionCard } from './SatisfactionCard';

describe('SatisfactionCard (满意度测评)', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('counts the ratings per handling unit, the office when none, with the rate', async () => {
    mockFetch({
      'GET /api/satisfaction-surveys': {
        body: {
          items: [
            {
              departmentId: null,
              departmentName: null,
              satisfied: 3,
              basically: 1,
              unsatisfied: 0,
            },
            {
              departmentId: 'd-1',
              departmentName: '县纪委监委',
              satisfied: 1,
              basically: 0,
              unsatisfied: 1,
            },
          ],
        },
      },
    });
    renderApp(pageRoutes('/', <SatisfactionCard />, OFFICE_ME), '/');
    const card = await screen.findByTestId('satisfaction-card');
    await screen.findByText('县纪委监委', {}, { timeout: 5000 });
    expect(card.textContent).toContain('巡察办');
    expect(card.textContent).toContain('100%');
    expect(card.textContent).toContain('50%');
  });
});
