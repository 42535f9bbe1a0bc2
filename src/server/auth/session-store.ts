import type { UserId } from '../../core/shared/ids.js';
import type { Db } from '../../db/db.js';
import { createSession, deleteOtherSessions, deleteSession, findSessions, type SessionRow } from '../../db/repos/sessions.js';
import { MicroBatcher } from '../../db/micro-batcher.js';

/**
 * Sessions live in the database. On PGlite, which one process owns at a time
 * (the data-directory lock), a small in-process cache saves a query per request
 * and stays exact because every change goes through this store. On a PostgreSQL
 * server, which several instances may share, every request asks the database;
 * lookups that arrive together share one query (group commit, ../../db/micro-batcher.ts).
 */
export class SessionStore {
  private readonly cache: Map<string, { row: SessionRow; expiresAt: number }> | undefined;
  private readonly lookups: MicroBatcher<{ tokenHash: string; now: Date }, SessionRow | undefined>;

  constructor(
    private readonly db: Db,
    { cache = db.kind === 'pglite' }: { cache?: boolean } = {},
  ) {
    this.cache = cache ? new Map() : undefined;
    // One clock reading per batch is exact enough: the items arrived within the same moment.
    this.lookups = new MicroBatcher(
      (items) =>
        findSessions(
          db,
          items.map((i) => i.tokenHash),
          items[0]?.now ?? new Date(),
        ),
      {
        maxInFlight: db.kind === 'pglite' ? 1 : 4,
      },
    );
  }

  async create(s: { tokenHash: string; userId: UserId; csrfToken: string; expiresAt: Date; email: string }): Promise<void> {
    await createSession(this.db, s);
    this.cache?.set(s.tokenHash, {
      row: { user_id: s.userId, email: s.email, csrf_token: s.csrfToken, expires_at: s.expiresAt },
      expiresAt: s.expiresAt.getTime(),
    });
  }

  async find(tokenHash: string, now: Date): Promise<SessionRow | undefined> {
    const hit = this.cache?.get(tokenHash);
    if (hit) {
      if (hit.expiresAt > now.getTime()) return hit.row;
      this.cache?.delete(tokenHash);
    }
    const row = await this.lookups.submit({ tokenHash, now });
    if (row && this.cache) this.cache.set(tokenHash, { row, expiresAt: new Date(row.expires_at).getTime() });
    return row;
  }

  async revoke(tokenHash: string): Promise<void> {
    this.cache?.delete(tokenHash);
    await deleteSession(this.db, tokenHash);
  }

  /** Every session of the person except `keep` (password change), or all of them (account deletion). */
  async revokeUser(userId: UserId, keep?: string): Promise<void> {
    if (this.cache) for (const [hash, v] of this.cache) if (v.row.user_id === userId && hash !== keep) this.cache.delete(hash);
    await deleteOtherSessions(this.db, userId, keep);
  }
}
