import { DomainError } from '../../core/shared/errors.js';
import type { UserId } from '../../core/shared/ids.js';
import type { Queryable } from '../db.js';

export interface UserRow {
  id: UserId;
  email: string;
  password_hash: string;
}

const UNIQUE_VIOLATION = '23505';

export async function createUser(
  db: Queryable,
  user: { id: UserId; email: string; emailNormalized: string; passwordHash: string },
): Promise<void> {
  try {
    await db.query('INSERT INTO users (id, email, email_normalized, password_hash) VALUES ($1, $2, $3, $4)', [
      user.id,
      user.email,
      user.emailNormalized,
      user.passwordHash,
    ]);
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
      throw new DomainError('LDN_CONFLICT', 'An account with this email already exists. Sign in instead.', { field: 'email' });
    }
    throw error;
  }
}

export async function findUserByEmail(db: Queryable, emailNormalized: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>('SELECT id, email, password_hash FROM users WHERE email_normalized = $1', [emailNormalized]);
  return rows[0];
}

export async function findUserById(db: Queryable, id: UserId): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>('SELECT id, email, password_hash FROM users WHERE id = $1', [id]);
  return rows[0];
}

export async function countUsers(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return rows[0]?.n ?? 0;
}

export async function updatePasswordHash(db: Queryable, id: UserId, passwordHash: string): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2, password_changed_at = now() WHERE id = $1', [id, passwordHash]);
}

/** Erases the person and, through ON DELETE CASCADE, every row that belongs to them. */
export async function deleteUser(db: Queryable, id: UserId): Promise<void> {
  await db.query('DELETE FROM users WHERE id = $1', [id]);
}
