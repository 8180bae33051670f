import { vi } from 'vitest';

export interface MockResponse {
  status?: number;
  body?: unknown;
  contentType?: string;
}

export interface RecordedCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

type Handler = MockResponse | ((call: RecordedCall) => MockResponse);

/**
 * Replace fetch with a table of `"METHOD /path"` → response. Unknown routes answer 404
 * problem+json, so a test fails loudly instead of hanging.
 */
export function mockFetch(routes: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn((input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    );
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const call: RecordedCall = { method, url, headers, body, credentials: init.credentials };
    calls.push(call);

    const path = url.split('?')[0] ?? url;
    const handler = routes[`${method} ${path}`];
    const spec: MockResponse = handler
      ? typeof handler === 'function'
        ? handler(call)
        : handler
      : { status: 404, body: { status: 404, title: 'Not Found', detail: `${method} ${path}` } };
    const status = spec.status ?? 200;
    const contentType =
      spec.contentType ?? (status >= 400 ? 'application/problem+json' : 'application/json');
    const response =
      status === 204 || spec.body === undefined
        ? new Response(null, { status })
        : new Response(JSON.stringify(spec.body), {
            status,
            headers: { 'content-type': contentType },
          });
    return Promise.resolve(response);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}
