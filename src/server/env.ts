import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { SessionUser } from './auth/session.js';

/** Per-request variables every handler can read with `c.get(...)`. */
export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    /** Set by `requireUser` on routes that need a session. */
    user: SessionUser;
  };
}

/** The signed-in person; only call on routes behind `requireUser`. */
export function userOf(c: Context<AppEnv>): SessionUser {
  const user = c.get('user') as SessionUser | undefined;
  if (!user) throw new Error('userOf() called on a route without requireUser');
  return user;
}
