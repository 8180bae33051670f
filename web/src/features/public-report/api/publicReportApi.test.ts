import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken, setUnauthorizedHandler } from '../../../lib/api';
import { mockFetch } from '../../../test/fetchMock';
import { publicReportApi } from './publicReportApi';

const TOKEN = 'r1.report-1.4102444800000.abc';
const expired = { status: 401, body: { status: 401, detail: '请重新输入回执码' } };

afterEach(() => {
  setCsrfToken(null);
  setUnauthorizedHandler(null);
});

describe('publicReportApi', () => {
  it('sends the report token through lib/api on every call that needs it', async () => {
    const { calls } = mockFetch({
      'GET /api/public/reports/me': { body: {} },
      'POST /api/public/reports/me/messages': { body: { ok: true } },
      'POST /api/public/reports/me/survey': { body: { ok: true } },
    });
    await publicReportApi.me(TOKEN);
    await publicReportApi.addMessage(TOKEN, { body: '补充', files: ['f1.a'] });
    await publicReportApi.survey(TOKEN, { rating: 'satisfied' });

    expect(calls.map((c) => c.headers['x-report-token'])).toEqual([TOKEN, TOKEN, TOKEN]);
    for (const call of calls) expect(call.credentials).toBe('same-origin');
    expect(calls[1]!.headers['content-type']).toBe('application/json');
    expect(calls[1]!.body).toEqual({ body: '补充', files: ['f1.a'] });
  });

  it('never sends a visitor to the staff login page on 401', async () => {
    mockFetch({
      'GET /api/public/reports/me': expired,
      'POST /api/public/reports/me/messages': expired,
      'POST /api/public/files': expired,
    });
    setCsrfToken('staff-csrf');
    const handler = vi.fn();
    setUnauthorizedHandler(handler);

    for (const call of [
      publicReportApi.me(TOKEN),
      publicReportApi.addMessage(TOKEN, { body: 'x' }),
      publicReportApi.uploadFile(new File(['x'], 'a.png', { type: 'image/png' })),
    ])
      await expect(call).rejects.toMatchObject({ status: 401, redirectedToLogin: false });
    expect(handler).not.toHaveBeenCalled();
  });

  it('uploads one file as multipart field `file`', async () => {
    const stored = { handle: 'f1.h', name: 'a.pdf', size: 8, mimeType: 'application/pdf' };
    const { fetchMock, calls } = mockFetch({
      'POST /api/public/files': { status: 201, body: stored },
    });
    const file = new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' });

    await expect(publicReportApi.uploadFile(file)).resolves.toEqual(stored);
    const body = fetchMock.mock.calls[0]![1]!.body as FormData;
    expect((body.get('file') as File).name).toBe('a.pdf');
    expect(calls[0]!.headers['content-type']).toBeUndefined();
  });
});
