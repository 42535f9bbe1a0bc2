/**
 * The app factory: builds routes and middleware around injected dependencies and
 * never listens. `main.ts` is the only file that reads the environment and opens a port;
 * tests call `app.request()` in-process.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Logger } from 'pino';
import { DomainError } from '../core/shared/errors.js';
import type { Clock } from '../core/shared/clock.js';
import type { Db } from '../db/db.js';
import type { TherapyData } from '../core/therapy/schema.js';
import type { Atlas } from '../core/evidence/atlas.js';
import type { AppEnv } from './env.js';
import { problemResponse } from './http/errors.js';
import { requestContext } from './http/request-context.js';
import { validationError } from './http/validation.js';
import { bodyLimit } from './http/body-limit.js';
import { registerHealth } from './routes/health.js';
import { registerDocs } from './routes/docs.js';
import { registerAuth } from './routes/auth.js';
import { registerJournal } from './routes/journal.js';
import { registerTherapy } from './routes/therapy.js';
import { registerEvidence } from './routes/evidence.js';
import { registerClaims } from './routes/claims.js';
import { CHECK_CLAIMS_BODY_LIMIT } from '../contracts/claims.js';
import { registerTrials } from './routes/trials.js';
import { sameOriginOnly } from './auth/session.js';
import { SessionStore } from './auth/session-store.js';

export interface AppDeps {
  readonly db: Db;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly migrationVersion: number;
  readonly version: string;
  /** Built web app (dist/web); when absent the API still works and `/` explains how to build. */
  readonly webDir?: string;
  /** Largest accepted request body, in bytes. */
  readonly bodyLimitBytes?: number;
  readonly startedAt?: Date;
  /** Marks the session cookie Secure (serve over HTTPS when set). */
  readonly secureCookies?: boolean;
  /** The validated data files of data/therapy (lexicon, rules, protocols, compounding). */
  readonly therapy: TherapyData;
  /** The evidence corpus of data/evidence with grades and the search index, built once at start-up. */
  readonly atlas: Atlas;
}

export type App = OpenAPIHono<AppEnv>;

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function buildApp(deps: AppDeps): App {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target === 'json' ? undefined : result.target);
    },
  });

  app.use('*', requestContext(deps.logger));
  const limit = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const limitBody = bodyLimit(limit);
  // Routes that take whole documents get a larger limit of their own; every other route keeps the default.
  const largeBodies: Readonly<Record<string, ReturnType<typeof bodyLimit>>> = {
    '/api/check-claims': bodyLimit(Math.max(limit, CHECK_CLAIMS_BODY_LIMIT)),
  };
  // GET and HEAD carry no body, so they skip the limiter's work.
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : (largeBodies[c.req.path] ?? limitBody)(c, next),
  );

  app.use('/api/*', sameOriginOnly());
  registerHealth(app, deps);
  const sessions = new SessionStore(deps.db);
  registerAuth(app, deps, sessions);
  registerJournal(app, deps, sessions);
  registerTherapy(app, deps);
  registerEvidence(app, deps);
  registerClaims(app, deps);
  registerTrials(app, deps, sessions);
  registerDocs(app, deps.version);

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) {
      return problemResponse(c, new DomainError('LDN_NOT_FOUND', `No API route ${c.req.method} ${c.req.path}.`));
    }
    return c.text('Not found', 404);
  });
  app.onError((error, c) => {
    if (!(error instanceof DomainError) && !(error instanceof HTTPException))
      deps.logger.error({ reqId: c.get('requestId'), err: error }, 'unhandled error');
    return problemResponse(c, error);
  });

  if (deps.webDir) mountWeb(app, deps.webDir);
  return app;
}

/** Serves the built single-page app; any other GET outside /api gets index.html. */
function mountWeb(app: App, webDir: string): void {
  const indexPath = path.join(webDir, 'index.html');
  if (!existsSync(indexPath)) {
    app.get('/', (c) => c.text('The web app is not built. Run `npm start`, which builds it, or `npm run build`.', 503));
    return;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  app.use(
    '/assets/*',
    serveStatic({
      root: webDir,
      onFound: (_p, c) => {
        // File names carry a content hash, so they can be cached for good.
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root: webDir, index: '__none__' }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
}
