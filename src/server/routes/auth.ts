import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { changePasswordSchema, credentialsSchema, deleteAccountSchema, sessionResponseSchema, signInSchema } from '../../contracts/auth.js';
import { problemResponses } from '../../contracts/common.js';
import { DomainError } from '../../core/shared/errors.js';
import type { UserId } from '../../core/shared/ids.js';
import { countUsers, createUser, deleteUser, findUserByEmail, findUserById, updatePasswordHash } from '../../db/repos/users.js';
import { decoyHash, hashPassword, verifyPassword } from '../auth/password.js';
import { assertNotLimited, keysFor, noteFailure, noteSuccess } from '../auth/rate-limit.js';
import { clearSessionCookie, currentUser, requireUser, startSession } from '../auth/session.js';
import { allow } from '../http/validation.js';
import type { App, AppDeps } from '../app.js';
import { userOf } from '../env.js';
import type { SessionStore } from '../auth/session-store.js';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const sessionOk = { description: 'The session after the change.', ...json(sessionResponseSchema) };

const normalizeEmail = (email: string): string => email.trim().toLowerCase();

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

const BAD_CREDENTIALS = (): DomainError => new DomainError('LDN_AUTH_INVALID_CREDENTIALS', 'The email or password is not right.');

export function registerAuth(app: App, deps: AppDeps, sessions: SessionStore): void {
  const { db, clock } = deps;
  const secure = deps.secureCookies ?? false;
  const tags = ['account'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/auth/session',
      tags,
      summary: 'Who is signed in, and whether the first account is still to be created',
      responses: { 200: sessionOk },
    }),
    async (c) => {
      const user = await currentUser(c, sessions, clock);
      const setupRequired = user ? false : (await countUsers(db)) === 0;
      return c.json(
        allow(sessionResponseSchema, {
          user: user ? { id: user.id, email: user.email } : null,
          csrfToken: user?.csrfToken ?? null,
          setupRequired,
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/signup',
      tags,
      summary: 'Create an account (the first one on a fresh instance, or any later one)',
      request: { body: { required: true, ...json(credentialsSchema) } },
      responses: { 201: sessionOk, ...problemResponses },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const id = randomUUID() as UserId;
      await createUser(db, { id, email: email.trim(), emailNormalized: normalizeEmail(email), passwordHash: await hashPassword(password) });
      const csrfToken = await startSession(c, sessions, clock, { id, email: email.trim() }, secure);
      return c.json(allow(sessionResponseSchema, { user: { id, email: email.trim() }, csrfToken, setupRequired: false }), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/signin',
      tags,
      summary: 'Sign in; rate limited; never says whether an account exists',
      request: { body: { required: true, ...json(signInSchema) } },
      responses: { 200: sessionOk, ...problemResponses },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const keys = keysFor(normalizeEmail(email), clientAddress(c));
      await assertNotLimited(db, keys, clock.now());
      const user = await findUserByEmail(db, normalizeEmail(email));
      const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), password);
      if (!user || !ok) {
        await noteFailure(db, keys, clock.now());
        throw BAD_CREDENTIALS();
      }
      await noteSuccess(db, keys);
      const csrfToken = await startSession(c, sessions, clock, { id: user.id, email: user.email }, secure);
      return c.json(allow(sessionResponseSchema, { user: { id: user.id, email: user.email }, csrfToken, setupRequired: false }), 200);
    },
  );

  app.use('/api/auth/signout', requireUser(sessions, clock));
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/signout',
      tags,
      summary: 'Sign out of this session',
      responses: { 204: { description: 'Signed out.' } },
    }),
    async (c) => {
      const user = userOf(c);
      await sessions.revoke(user.tokenHash);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  app.use('/api/auth/password', requireUser(sessions, clock));
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/password',
      tags,
      summary: 'Change the password; other sessions are signed out',
      request: { body: { required: true, ...json(changePasswordSchema) } },
      responses: { 204: { description: 'Changed.' }, ...problemResponses },
    }),
    async (c) => {
      const me = userOf(c);
      const { currentPassword, newPassword } = c.req.valid('json');
      const user = await findUserById(db, me.id);
      if (!user || !(await verifyPassword(user.password_hash, currentPassword)))
        throw new DomainError('LDN_AUTH_INVALID_CREDENTIALS', 'The current password is not right.', { field: 'currentPassword' });
      await updatePasswordHash(db, me.id, await hashPassword(newPassword));
      await sessions.revokeUser(me.id, me.tokenHash);
      return c.body(null, 204);
    },
  );

  app.use('/api/auth/account', requireUser(sessions, clock));
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/auth/account',
      tags,
      summary: 'Delete the account and erase all of its data',
      request: { body: { required: true, ...json(deleteAccountSchema) } },
      responses: { 204: { description: 'Everything erased.' }, ...problemResponses },
    }),
    async (c) => {
      const me = userOf(c);
      const user = await findUserById(db, me.id);
      if (!user || !(await verifyPassword(user.password_hash, c.req.valid('json').password)))
        throw new DomainError('LDN_AUTH_INVALID_CREDENTIALS', 'The password is not right.', { field: 'password' });
      await sessions.revokeUser(me.id);
      await deleteUser(db, me.id);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );
}
