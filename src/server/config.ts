import path from 'node:path';
import { z } from 'zod';
import { DomainError } from '../core/shared/errors.js';

/** Every setting the server reads, parsed once from the environment in `main`. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().min(1).optional(),
  LDN_DATA_DIR: z.string().min(1).default('var'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Marks session cookies Secure; set it when serving over HTTPS. */
  LDN_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  readonly dataDir: string;
  readonly logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  readonly secureCookies: boolean;
}

export function parseConfig(env: Record<string, string | undefined>, cwd: string): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = String(issue?.path[0] ?? 'environment');
    throw new DomainError('LDN_CONFIG_INVALID', `${field} is invalid: ${issue?.message ?? 'unknown problem'}.`, { field });
  }
  const e = result.data;
  const dataDir = path.resolve(cwd, e.LDN_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir },
    dataDir,
    logLevel: e.LOG_LEVEL,
    secureCookies: e.LDN_SECURE_COOKIES === '1',
  };
}
