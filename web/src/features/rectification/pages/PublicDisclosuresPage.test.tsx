import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { routes } from '../../../app/router';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { quietComputedStyle } from '../../petitions/test/fixtures';

const WAIT = { timeout: 5000 };

describe('PublicDisclosuresPage (巡察整改公开)', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('renders without a session, outside the guarded layout', async () => {
    const { calls } = mockFetch({
      'GET /api/auth/me': { status: 401, body: { status: 401, title: 'Unauthorized' } },
      'GET /api/public/disclosures': {
        body: {
          items: [
            {
              id: 'd-1',
              unitName: '县住建局',
              roundName: '2026年第一轮巡察',
              title: '县住建局关于巡察整改进展情况的通报',
              summary: '已完成整改问题 12 个',
              publishedOn: '2026-12-20',
            },
          ],
          total: 1,
          page: 1,
          pageSize: 20,
        },
      },
    });
    const { router } = renderApp(routes, '/public/disclosures');
    const item = await screen.findByTestId('public-disclosure', {}, WAIT);
    expect(screen.getByTestId('public-title').textContent).toBe('巡察整改公开');
    expect(item.textContent).toContain('县住建局关于巡察整改进展情况的通报');
    expect(item.textContent).toContain('2026年第一轮巡察');
    expect(item.textContent).toContain('已完成整改问题 12 个');
    expect(item.textContent).toContain('2026-12-20');
    expect(router.state.location.pathname).toBe('/public/disclosures');
    expect(calls.some((c) => c.url.startsWith('/api/auth/me'))).toBe(false);
  });
});
