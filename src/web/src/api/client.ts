/**
 * The web app's one way to reach the server. It sends the CSRF token on unsafe
 * requests and turns problem+json answers into `ApiError`s with the stable code
 * and the offending field, so forms can point at the right input.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** Set from the session response after sign-in, sign-up or a session check. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function request<T>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = contentType;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  if (!res.ok) {
    if (type.includes('json')) {
      const p = (await res.json()) as { code?: string; detail?: string; field?: string };
      throw new ApiError(res.status, p.code ?? 'LDN_INTERNAL', p.detail ?? res.statusText, p.field);
    }
    throw new ApiError(res.status, 'LDN_INTERNAL', `${res.status} ${res.statusText}`);
  }
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

export const api = {
  get: <T>(path: string): Promise<T> => request<T>('GET', path),
  post: <T>(path: string, body?: unknown, contentType?: string): Promise<T> => request<T>('POST', path, body, contentType),
  put: <T>(path: string, body?: unknown): Promise<T> => request<T>('PUT', path, body),
  del: <T>(path: string, body?: unknown): Promise<T> => request<T>('DELETE', path, body),
};
