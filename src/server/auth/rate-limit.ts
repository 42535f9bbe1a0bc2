import type { Db } from '../../db/db.js';
import { countFailures, recordFailures, clearFailures } from '../../db/repos/auth-failures.js';
import { DomainError } from '../../core/shared/errors.js';

/**
 * Failed sign-ins are counted in the database, so the limit holds across server
 * instances: at most 5 per account and 50 per client address in 15 minutes
 * (OWASP Authentication Cheat Sheet: throttle per account and per source).
 */
export const WINDOW_MS = 15 * 60_000;
export const MAX_PER_ACCOUNT = 5;
export const MAX_PER_ADDRESS = 50;

export function keysFor(emailNormalized: string, address: string): { account: string; address: string } {
  return { account: `account:${emailNormalized}`, address: `address:${address}` };
}

export async function assertNotLimited(db: Db, keys: { account: string; address: string }, now: Date): Promise<void> {
  const counts = await countFailures(db, [keys.account, keys.address], new Date(now.getTime() - WINDOW_MS));
  if ((counts.get(keys.account) ?? 0) >= MAX_PER_ACCOUNT || (counts.get(keys.address) ?? 0) >= MAX_PER_ADDRESS) {
    throw new DomainError('LDN_AUTH_RATE_LIMITED', 'Too many sign-in attempts. Wait 15 minutes and try again.', {
      details: { retryAfterSeconds: WINDOW_MS / 1000 },
    });
  }
}

export async function noteFailure(db: Db, keys: { account: string; address: string }, now: Date): Promise<void> {
  await recordFailures(db, [keys.account, keys.address], now);
}

export async function noteSuccess(db: Db, keys: { account: string }): Promise<void> {
  await clearFailures(db, keys.account);
}
