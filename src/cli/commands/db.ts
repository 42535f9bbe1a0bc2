import type { Command } from 'commander';
import { connect } from '../../db/connect.js';
import { currentVersion, loadMigrations, migrate } from '../../db/migrate.js';
import { parseConfig } from '../../server/config.js';
import { printJson, printLines } from '../output.js';

async function openConfigured() {
  const config = parseConfig(process.env, process.cwd());
  return connect(config.database.kind === 'pglite' ? { kind: 'pglite', dataDir: config.dataDir } : config.database);
}

export function registerDb(program: Command): void {
  const db = program.command('db').description('database status and migrations (DATABASE_URL or LDN_DATA_DIR)');
  db.command('status')
    .description('show the database kind and its migration version')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const handle = await openConfigured();
      try {
        const status = { kind: handle.kind, version: await currentVersion(handle), codeVersion: loadMigrations().length };
        if (opts.json) printJson(status);
        else printLines([`database: ${status.kind}`, `migration version: ${status.version} (code knows ${status.codeVersion})`]);
      } finally {
        await handle.close();
      }
    });
  db.command('migrate')
    .description('apply pending migrations (the server also does this at start-up)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const handle = await openConfigured();
      try {
        const result = await migrate(handle);
        if (opts.json) printJson({ kind: handle.kind, ...result });
        else printLines([`migrated ${handle.kind} to version ${result.version}`]);
      } finally {
        await handle.close();
      }
    });
}
