import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch } from '../test/fetchMock';
import { ApiError, api, buildQuery, setCsrfToken, setUnauthorizedHandler } from './api';

afterEach(() => {
  setCsrfToken(null);
  setUnauthorizedHandler(null);
});

describe('api wrapper', () => {
  it('sends X-CSRF-Token on mutations and not on GET', async () => {
    const { calls } = mockFetch({
      'GET /api/users': { body: { items: [] } },
      'POST /api/users': { status: 201, body: { id: 'u1' } },
      'PUT /api/users/u1/roles': { body: {} },
      'PATCH /api/users/u1': { body: {} },
      'DELETE /api/calendar/2026-01-01': { status: 204 },
    });
    setCsrfToken('tok-123');

    await api.get('/api/users');
    await api.post('/api/users', { username: 'a' });
    await api.put('/api/users/u1/roles', { roles: [] });
    await api.patch('/api/users/u1', { version: 1 });
    await api.delete('/api/calendar/2026-01-01');

    const [get, ...mutations] = calls;
    expect(get?.headers['x-csrf-token']).toBeUndefined();
    expect(mutations).toHaveLength(4);
    for (const call of mutations) expect(call.headers['x-csrf-token']).toBe('tok-123');
    for (const call of calls) expect(call.credentials).toBe('same-origin');
    expect(calls[1]?.headers['content-type']).toBe('application/json');
    expect(calls[1]?.body).toEqual({ username: 'a' });
  });

  it('merges custom headers with its own, keeping the CSRF token and the JSON type', async () => {
    const { calls } = mockFetch({
      'GET /api/public/reports/me': { body: {} },
      'POST /api/public/reports/me/messages': { body: { ok: true } },
    });
    setCsrfToken('tok-123');

    await api.get('/api/public/reports/me', { headers: { 'X-Report-Token': 'r1' } });
    await api.post(
      '/api/public/reports/me/messages',
      { body: 'x' },
      {
        headers: {
          'X-Report-Token': 'r1',
          'X-CSRF-Token': 'forged',
          'Content-Type': 'text/plain',
          Accept: 'application/problem+json',
        },
      },
    );

    const [get, post] = calls;
    expect(get?.headers).toEqual({ accept: 'application/json', 'x-report-token': 'r1' });
    expect(post?.headers).toEqual({
      accept: 'application/problem+json',
      'x-report-token': 'r1',
      'content-type': 'application/json',
      'x-csrf-token': 'tok-123',
    });
  });

  it('sends a FormData body as is, with no content type of its own', async () => {
    const { fetchMock, calls } = mockFetch({
      'POST /api/public/files': { status: 201, body: { handle: 'h1' } },
    });
    setCsrfToken('tok-123');
    const form = new FormData();
    form.append('file', new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }));

    await expect(api.post('/api/public/files', form)).resolves.toEqual({ handle: 'h1' });
    expect(fetchMock.mock.calls[0]?.[1]?.body).toBe(form);
    expect(calls[0]?.headers['content-type']).toBeUndefined();
    expect(calls[0]?.headers['x-csrf-token']).toBe('tok-123');
  });

  it('turns problem+json into a typed ApiError', async () => {
    mockFetch({
      'POST /api/users': {
        status: 422,
        body: {
          type: 'about:blank',
          title: 'Unprocessable',
          status: 422,
          detail: '密码过于常见',
          requestId: 'req-1',
          errors: [{ path: '/password', message: '密码过于常见' }],
        },
      },
    });
    const error = await api.post('/api/users', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.message).toBe('密码过于常见');
    expect(apiError.problem.requestId).toBe('req-1');
    expect(apiError.fieldErrors).toEqual([{ path: '/password', message: '密码过于常见' }]);
  });

  it('keeps the HTTP status when the error body is not JSON', async () => {
    mockFetch({ 'GET /api/x': { status: 502, body: 'Bad gateway', contentType: 'text/html' } });
    await expect(api.get('/api/x')).rejects.toMatchObject({ status: 502 });
  });

  it('routes a 401 to the unauthorized handler, except when told not to', async () => {
    mockFetch({
      'GET /api/auth/me': { status: 401, body: { status: 401, title: 'Unauthorized' } },
    });
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    await expect(api.get('/api/auth/me')).rejects.toMatchObject({
      status: 401,
      redirectedToLogin: true,
    });
    expect(handler).toHaveBeenCalledTimes(1);
    await expect(api.get('/api/auth/me', { skipAuthRedirect: true })).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('returns undefined for 204 No Content', async () => {
    mockFetch({ 'POST /api/auth/logout': { status: 204 } });
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
  });

  it('leaves empty query values out', () => {
    expect(buildQuery({ page: 1, q: '', role: undefined, unreadOnly: false, x: null })).toBe(
      '?page=1&unreadOnly=false',
    );
  });
});
