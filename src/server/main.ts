/**
 * The only entry point that reads the environment and listens. It turns every
 * start-up failure into one short line and a non-zero exit, and on SIGINT/SIGTERM
 * finishes in-flight requests before closing the database.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { DomainError, isDomainError } from '../core/shared/errors.js';
import { connect } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import type { Db } from '../db/db.js';
import { buildApp } from './app.js';
import { parseConfig } from './config.js';
import { loadTherapyData } from '../data/therapy-files.js';
import { loadEvidenceCorpus } from '../data/evidence-files.js';
import { buildAtlas } from '../core/evidence/atlas.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

async function main(): Promise<void> {
  const config = parseConfig(process.env, process.cwd());
  // Data files are validated before anything else: a broken file stops start-up naming file and field.
  const therapy = loadTherapyData();
  const atlas = buildAtlas(loadEvidenceCorpus());
  // Buffered, asynchronous writes keep logging off the request path; flushed on shutdown.
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  const logger = pino({ level: config.logLevel, base: { app: 'ldn-atlas' } }, destination);
  // Start-up and shutdown lines must appear at once, not when the buffer fills.
  const flush = (): void => destination.flushSync();
  const db = await connect(config.database.kind === 'pglite' ? { kind: 'pglite', dataDir: config.dataDir } : config.database);
  let server: Server | undefined;
  try {
    const { version: migrationVersion } = await migrate(db);
    const app = buildApp({
      db,
      logger,
      clock: { now: () => new Date() },
      migrationVersion,
      version: VERSION,
      webDir: `${ROOT}dist/web`,
      secureCookies: config.secureCookies,
      therapy,
      atlas,
    });
    server = await listen(app.fetch, config.port, config.host);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info({ port, database: db.kind, migrationVersion }, `LDN Atlas is serving http://localhost:${port}`);
    flush();
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  installShutdown(server, db, logger, flush);
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number, hostname: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }) as Server;
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new DomainError('LDN_PORT_IN_USE', `Port ${port} is already in use. Stop the other program or set PORT to a free port.`, {
            field: 'PORT',
          }),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new DomainError('LDN_CONFIG_INVALID', `Not allowed to listen on port ${port}. Set PORT to a port above 1023.`, { field: 'PORT' }),
        );
      } else reject(error);
    });
  });
}

function installShutdown(server: Server, db: Db, logger: pino.Logger, flush: () => void): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    // Stop accepting; close idle keep-alive sockets so close() can finish.
    server.close(() => {
      db.close()
        .then(() => {
          logger.info('database closed cleanly');
          flush();
          process.exit(0);
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'database close failed');
          flush();
          process.exit(1);
        });
    });
    // Keep-alive sockets become idle as their last response finishes; close them as they do.
    setInterval(() => server.closeIdleConnections(), 100).unref();
    server.closeIdleConnections();
    setTimeout(() => {
      logger.warn('in-flight requests did not finish in 10 s; closing connections');
      server.closeAllConnections();
    }, 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (isDomainError(error)) {
    process.stderr.write(`ldn-atlas: ${error.message} [${error.code}]\n`);
  } else {
    process.stderr.write(`ldn-atlas: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
