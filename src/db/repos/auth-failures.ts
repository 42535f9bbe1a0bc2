import type { Queryable } from '../db.js';

export async function recordFailures(db: Queryable, keys: readonly string[], at: Date): Promise<void> {
  for (const key of keys) await db.query('INSERT INTO auth_failures (key, failed_at) VALUES ($1, $2)', [key, at]);
}

/** Failures per key since `since`, for the keys given. */
export async function countFailures(db: Queryable, keys: readonly string[], since: Date): Promise<Map<string, number>> {
  const { rows } = await db.query<{ key: string; n: number }>(
    'SELECT key, count(*)::int AS n FROM auth_failures WHERE key = ANY($1::text[]) AND failed_at > $2 GROUP BY key',
    [keys, since],
  );
  return new Map(rows.map((r) => [r.key, r.n]));
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.query('DELETE FROM auth_failures WHERE key = $1', [key]);
}

export async function pruneFailures(db: Queryable, before: Date): Promise<void> {
  await db.query('DELETE FROM auth_failures WHERE failed_at < $1', [before]);
}
