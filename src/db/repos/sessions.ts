import type { UserId } from '../../core/shared/ids.js';
import type { Queryable } from '../db.js';

export interface SessionRow {
  user_id: UserId;
  email: string;
  csrf_token: string;
  expires_at: Date;
}

export async function createSession(
  db: Queryable,
  s: { tokenHash: string; userId: UserId; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db.query('INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)', [
    s.tokenHash,
    s.userId,
    s.csrfToken,
    s.expiresAt,
  ]);
}

/** Several sessions in one query; the result lines up with `tokenHashes` (undefined where none is valid). */
export async function findSessions(db: Queryable, tokenHashes: readonly string[], now: Date): Promise<Array<SessionRow | undefined>> {
  const { rows } = await db.query<SessionRow & { token_hash: string }>(
    'SELECT s.token_hash, s.user_id, u.email, s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ANY($1::text[]) AND s.expires_at > $2',
    [tokenHashes, now],
    { name: 'sessions_find' },
  );
  const byHash = new Map(rows.map(({ token_hash, ...row }) => [token_hash, row]));
  return tokenHashes.map((h) => byHash.get(h));
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** Signs the person out everywhere except, optionally, the current session. */
export async function deleteOtherSessions(db: Queryable, userId: UserId, keepTokenHash?: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [userId, keepTokenHash ?? '']);
}
