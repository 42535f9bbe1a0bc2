import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from '../env.js';
import { setSecurityHeaders } from './security.js';

const SAFE_ID = /^[\w.:-]{1,128}$/;

/**
 * The one middleware every request passes: it sets the security headers and gives each request an id (the caller's X-Request-Id when it is safe, else a
 * UUID), echoes it in the response, and writes one structured JSON log line per
 * request. Handlers log through `c.get('log')` and add `reqId` themselves when it matters.
 */
export function requestContext(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const reqId = incoming !== undefined && SAFE_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', reqId);
    c.set('log', logger);
    c.header('X-Request-Id', reqId);
    setSecurityHeaders(c);
    await next();
    if (logger.isLevelEnabled('info')) {
      logger.info(
        { reqId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - started) * 100) / 100 },
        'request',
      );
    }
  };
}
