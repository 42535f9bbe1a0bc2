import { createRoute } from '@hono/zod-openapi';
import { healthResponseSchema } from '../../contracts/health.js';
import { allow } from '../http/validation.js';
import type { App, AppDeps } from '../app.js';

const route = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['meta'],
  summary: 'Liveness, database kind and schema migration version',
  responses: { 200: { description: 'The server is up.', content: { 'application/json': { schema: healthResponseSchema } } } },
});

export function registerHealth(app: App, deps: AppDeps): void {
  const startedAt = (deps.startedAt ?? deps.clock.now()).getTime();
  app.openapi(route, (c) =>
    c.json(
      allow(healthResponseSchema, {
        status: 'ok',
        version: deps.version,
        database: { kind: deps.db.kind, migrationVersion: deps.migrationVersion },
        uptimeSeconds: Math.max(0, Math.round((deps.clock.now().getTime() - startedAt) / 1000)),
      }),
      200,
    ),
  );
}
