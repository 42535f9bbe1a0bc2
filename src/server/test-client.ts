/** A signed-in person for in-process HTTP tests: keeps the session cookie and CSRF token. */
import type { App } from './app.js';

export interface Person {
  readonly email: string;
  readonly id: string;
  readonly cookie: string;
  readonly csrf: string;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function signUp(app: App, email: string, password = 'correct horse battery'): Promise<Person> {
  const res = await app.request('/api/auth/signup', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
    headers: { 'content-type': 'application/json' },
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  return personFrom(app, email, res);
}

export async function personFrom(app: App, email: string, res: Response): Promise<Person> {
  const body = (await res.json()) as { user: { id: string }; csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    email,
    id: body.user.id,
    cookie,
    csrf: body.csrfToken,
    request(method, path, payload, headers = {}) {
      const isText = typeof payload === 'string';
      return Promise.resolve(
        app.request(path, {
          method,
          headers: {
            cookie,
            'x-csrf-token': body.csrfToken,
            ...(payload === undefined ? {} : { 'content-type': isText ? 'text/csv' : 'application/json' }),
            ...headers,
          },
          ...(payload === undefined ? {} : { body: isText ? payload : JSON.stringify(payload) }),
        }),
      );
    },
  };
}
