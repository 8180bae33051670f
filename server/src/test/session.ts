import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A logged-in client: sends the session cookie and, on mutations, the CSRF header. */
export class TestSession {
  constructor(
    readonly app: FastifyInstance,
    readonly cookie: string,
    readonly csrfToken: string,
    readonly userId: string,
  ) {}

  request(method: Method, url: string, payload?: unknown, extra: InjectOptions = {}) {
    return this.app.inject({
      method,
      url,
      ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
      ...extra,
      headers: {
        cookie: this.cookie,
        ...(method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...extra.headers,
      },
    });
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'xc_session');
  if (!cookie)
    throw new Error(`no session cookie (status ${response.statusCode}): ${response.body}`);
  return `xc_session=${cookie.value}`;
}

export async function login(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<TestSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  const body = response.json<{ status: string; csrfToken: string; me: { user: { id: string } } }>();
  if (body.status !== 'authenticated') throw new Error(`login ${username}: ${response.body}`);
  return new TestSession(app, sessionCookie(response), body.csrfToken, body.me.user.id);
}
