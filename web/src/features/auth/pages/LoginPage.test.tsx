import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { LoginPage, safeNext } from './LoginPage';

const ME = {
  user: {
    id: 'u1',
    username: 'auditor',
    displayName: '审计员',
    jurisdictionId: 'j1',
    jurisdictionName: '示例县',
    totpEnabled: true,
  },
  roles: [{ role: 'auditor', jurisdictionId: 'j1', teamId: null, unitId: null }],
  abilities: { 'audit.read': true },
};

const routes = [
  { path: '/login', element: <LoginPage /> },
  { path: '/', element: <div>home page</div> },
];

describe('LoginPage', () => {
  it('shows the demo banner with the shared password and the demo usernames', async () => {
    mockFetch({ 'GET /api/public/config': { body: { demo: true, version: '0.1.0' } } });
    renderApp(routes, '/login');
    const banner = await screen.findByTestId('demo-banner');
    expect(banner.textContent).toContain('演示系统：所有演示账号的密码均为 Demo#2026xc');
    for (const name of ['admin', 'team1lead', 'liaison', 'auditor']) {
      expect(banner.textContent).toContain(name);
    }
  });

  it('shows no banner outside demo mode', async () => {
    mockFetch({ 'GET /api/public/config': { body: { demo: false, version: '0.1.0' } } });
    renderApp(routes, '/login');
    await screen.findByText('版本 0.1.0');
    expect(screen.queryByTestId('demo-banner')).toBeNull();
    expect(screen.getByText('用户名')).toBeTruthy();
  });

  it('asks for the TOTP code when the server requires it, then enters the app', async () => {
    const { calls } = mockFetch({
      'GET /api/public/config': { body: { demo: false, version: '0.1.0' } },
      'POST /api/auth/login': { body: { status: 'totp_required', ticket: 't-1' } },
      'POST /api/auth/login/totp': { body: { status: 'authenticated', csrfToken: 'c-1', me: ME } },
    });
    const { router } = renderApp(routes, '/login');

    fireEvent.change(await screen.findByTestId('login-username'), { target: { value: 'auditor' } });
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'Demo#2026xc' } });
    fireEvent.click(screen.getByTestId('login-submit'));

    fireEvent.change(await screen.findByTestId('login-totp'), { target: { value: '123456' } });
    fireEvent.click(screen.getByTestId('login-totp-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(calls.find((c) => c.url === '/api/auth/login')?.body).toEqual({
      username: 'auditor',
      password: 'Demo#2026xc',
    });
    expect(calls.find((c) => c.url === '/api/auth/login/totp')?.body).toEqual({
      ticket: 't-1',
      code: '123456',
    });
  });

  it('shows the server detail when the password is wrong', async () => {
    mockFetch({
      'GET /api/public/config': { body: { demo: false, version: '0.1.0' } },
      'POST /api/auth/login': {
        status: 401,
        body: { status: 401, title: 'Unauthorized', detail: '用户名或密码错误' },
      },
    });
    renderApp(routes, '/login');
    fireEvent.change(await screen.findByTestId('login-username'), { target: { value: 'x' } });
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'y' } });
    fireEvent.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(document.body.textContent).toContain('用户名或密码错误'), {
      timeout: 3000,
    });
  });
});

describe('safeNext', () => {
  it.each([
    [null, '/'],
    ['/users?page=2', '/users?page=2'],
    ['//evil.example', '/'],
    ['https://evil.example', '/'],
    ['/login', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
