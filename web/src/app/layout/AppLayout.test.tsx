import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { mockFetch } from '../../test/fetchMock';
import { renderApp } from '../../test/renderApp';
import { routes } from '../router';

const AUDITOR_ME = {
  user: {
    id: 'u9',
    username: 'auditor',
    displayName: '安全审计员甲',
    jurisdictionId: 'j1',
    jurisdictionName: '示例县',
    totpEnabled: true,
  },
  roles: [{ role: 'auditor', jurisdictionId: 'j1', teamId: null, unitId: null }],
  abilities: { 'audit.read': true, 'notifications.read': true, 'profile.read': true },
  csrfToken: 'c-9',
};

describe('signed-in layout', () => {
  it('builds the side menu from abilities, keyed by path', async () => {
    mockFetch({
      'GET /api/auth/me': { body: AUDITOR_ME },
      'GET /api/public/config': { body: { demo: false, version: '0.1.0' } },
      'GET /api/notifications/unread-count': { body: { unread: 3 } },
    });
    renderApp(routes, '/');

    const menu = await screen.findByTestId('side-menu');
    const keys = [...menu.querySelectorAll('[data-menu-id]')].map((el) =>
      (el.getAttribute('data-menu-id') ?? '').replace(/^.*?-(?=\/)/, ''),
    );
    expect(keys).toEqual(['/', '/audit', '/notifications', '/profile']);
    expect(screen.getByTestId('user-menu').textContent).toContain('安全审计员甲');
    expect(screen.getByTestId('jurisdiction-name').textContent).toContain('示例县');
    await waitFor(() =>
      expect(screen.getByTestId('notification-badge').textContent).toContain('3'),
    );
  });

  it('sends a visitor without a session to the login page', async () => {
    mockFetch({
      'GET /api/auth/me': { status: 401, body: { status: 401, title: 'Unauthorized' } },
      'GET /api/public/config': { body: { demo: true, version: '0.1.0' } },
    });
    const { router } = renderApp(routes, '/audit');
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('?next=%2Faudit');
  });

  it('refuses a page whose ability is missing', async () => {
    mockFetch({
      'GET /api/auth/me': { body: AUDITOR_ME },
      'GET /api/public/config': { body: { demo: false, version: '0.1.0' } },
      'GET /api/notifications/unread-count': { body: { unread: 0 } },
    });
    renderApp(routes, '/users');
    expect(await screen.findByText('您无权访问此页面')).toBeTruthy();
  });
});
