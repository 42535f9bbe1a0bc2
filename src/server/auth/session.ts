/**
 * Database-backed sessions. The cookie holds a random token; the database holds
 * only its SHA-256, the user and a CSRF token. Unsafe requests must echo the
 * CSRF token in X-CSRF-Token, and cross-origin requests are refused.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { DomainError } from '../../core/shared/errors.js';
import type { UserId } from '../../core/shared/ids.js';
import type { SessionStore } from './session-store.js';
import type { Clock } from '../../core/shared/clock.js';
import type { AppEnv } from '../env.js';

export const SESSION_COOKIE = 'ldn_session';
export const SESSION_DAYS = 30;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface SessionUser {
  readonly id: UserId;
  readonly email: string;
  readonly csrfToken: string;
  readonly tokenHash: string;
}

export const tokenHashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function startSession(
  c: Context,
  sessions: SessionStore,
  clock: Clock,
  user: { id: UserId; email: string },
  secure: boolean,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(clock.now().getTime() + SESSION_DAYS * 86_400_000);
  await sessions.create({ tokenHash: tokenHashOf(token), userId: user.id, email: user.email, csrfToken, expiresAt });
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure, maxAge: SESSION_DAYS * 86_400 });
  return csrfToken;
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export async function currentUser(c: Context, sessions: SessionStore, clock: Clock): Promise<SessionUser | undefined> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || token.length > 100) return undefined;
  const tokenHash = tokenHashOf(token);
  const row = await sessions.find(tokenHash, clock.now());
  return row ? { id: row.user_id, email: row.email, csrfToken: row.csrf_token, tokenHash } : undefined;
}

/** Refuses a request whose Origin names another site (browsers always send Origin on unsafe requests). */
export function sameOriginOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (UNSAFE.has(c.req.method)) {
      const origin = c.req.header('origin');
      const host = c.req.header('host');
      // An opaque origin ("null", sent e.g. under Referrer-Policy: no-referrer) cannot be checked, so it is refused, not a crash.
      if (origin && host && URL.parse(origin)?.host !== host) {
        throw new DomainError('LDN_CSRF_FAILED', 'Cross-site requests are not accepted.', { field: 'Origin' });
      }
    }
    await next();
  };
}

export function requireUser(sessions: SessionStore, clock: Clock): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = await currentUser(c, sessions, clock);
    if (!user) throw new DomainError('LDN_AUTH_REQUIRED', 'Sign in first.');
    if (UNSAFE.has(c.req.method)) {
      const sent = c.req.header('x-csrf-token') ?? '';
      const ok = sent.length === user.csrfToken.length && timingSafeEqual(Buffer.from(sent), Buffer.from(user.csrfToken));
      if (!ok)
        throw new DomainError('LDN_CSRF_FAILED', 'Missing or wrong X-CSRF-Token header; reload the page and try again.', {
          field: 'X-CSRF-Token',
        });
    }
    c.set('user', user);
    await next();
  };
}
