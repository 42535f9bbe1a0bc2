/**
 * Kill the server with SIGKILL in the middle of journal writes, start it again on
 * the same data, and find every write that had been acknowledged.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../core/shared/dates.js';
import { isolatedServerEnv } from '../db/test-db.js';
import { startServerProcess } from './process.js';

interface Session {
  cookie: string;
  csrf: string;
}

async function signUp(base: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `durable-${Date.now()}@example.org`, password: 'a durable password' }),
  });
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: body.csrfToken };
}

describe('durability', () => {
  it('keeps every acknowledged write across a SIGKILL and restart', async () => {
    const isolated = await isolatedServerEnv(() => mkdtempSync(path.join(tmpdir(), 'ldn-kill-')));
    try {
      const first = await startServerProcess(isolated.env);
      const session = await signUp(first.baseUrl);
      const acknowledged = new Map<string, number>();
      let stop = false;
      const start = '2020-01-01' as LocalDate;
      let next = 0;
      const writer = async (): Promise<void> => {
        while (!stop) {
          const day = addDays(start, next++);
          const pain = next % 11;
          try {
            const res = await fetch(`${first.baseUrl}/api/journal/entries`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
              body: JSON.stringify({ day, scores: { pain } }),
            });
            if (res.status === 201) acknowledged.set(day, pain);
          } catch {
            return; // the server died mid-request: this write was never acknowledged
          }
        }
      };
      const writers = Array.from({ length: 8 }, writer);
      // Let writes flow, then kill without warning while they are still in flight.
      while (acknowledged.size < 150) await new Promise((r) => setTimeout(r, 10));
      first.child.kill('SIGKILL');
      stop = true;
      await Promise.all(writers);
      await first.exited;
      expect(acknowledged.size).toBeGreaterThanOrEqual(150);

      const second = await startServerProcess(isolated.env);
      try {
        const signIn = await fetch(`${second.baseUrl}/api/journal/entries`, { headers: { cookie: session.cookie } });
        expect(signIn.status).toBe(200);
        const { entries } = (await signIn.json()) as { entries: Array<{ day: string; scores: { pain: number } }> };
        const stored = new Map(entries.map((e) => [e.day, e.scores.pain]));
        const lost = [...acknowledged].filter(([day, pain]) => stored.get(day) !== pain);
        expect(lost).toEqual([]);
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    } finally {
      await isolated.dispose();
    }
  });
});
