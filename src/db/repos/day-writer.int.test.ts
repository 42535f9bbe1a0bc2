import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEntry, type JournalEntry } from '../../core/journal/entry.js';
import type { DoseMcg } from '../../core/shared/dose.js';
import type { UserId } from '../../core/shared/ids.js';
import { openTestDb, type TestDb } from '../test-db.js';
import { DayWriter } from './day-writer.js';
import { entryHistory, listEntries } from './journal.js';

let t: TestDb;
const users = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'] as UserId[];
beforeAll(async () => {
  t = await openTestDb();
  for (const id of users)
    await t.db.query('INSERT INTO users (id, email, email_normalized, password_hash) VALUES ($1, $2, $2, $3)', [
      id,
      `${id}@example.org`,
      'x',
    ]);
});
afterAll(() => t.dispose());

const id = (n: number): string => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('DayWriter (group commit of check-ins)', () => {
  it('stores concurrent saves in batches and answers each caller with its own entry', async () => {
    const writer = new DayWriter(t.db);
    const saves = Array.from({ length: 60 }, (_, i) =>
      writer.save(
        users[i % 2] as UserId,
        parseEntry({ day: `2026-01-${String((i % 30) + 1).padStart(2, '0')}`, scores: { pain: i % 11 } }),
        id(i),
      ),
    );
    const results = await Promise.all(saves);
    // Saves i and i + 30 name the same person and day, so each of the 30 person-days is saved twice, in order.
    expect(results.every((r) => r.entry.scores['pain'] !== undefined)).toBe(true);
    const a = await listEntries(t.db, users[0] as UserId);
    const b = await listEntries(t.db, users[1] as UserId);
    expect(a.length + b.length).toBe(30);
    // The later save of a day wins, and the earlier one is kept in the history.
    const day1 = a.find((e) => e.day === '2026-01-01');
    expect(day1?.scores['pain']).toBe(30 % 11);
    const history = await entryHistory(t.db, users[0] as UserId, day1?.id ?? '');
    expect(history.map((h) => h.entry.scores['pain'])).toEqual([0]);
  });

  it('rejects only the bad save when a batch fails, and keeps the good ones', async () => {
    const writer = new DayWriter(t.db);
    const good = parseEntry({ day: '2026-02-01', scores: { pain: 1 } });
    // Bypasses the parser on purpose: the database's own CHECK refuses a dose above 50 mg.
    const bad: JournalEntry = { ...parseEntry({ day: '2026-02-02' }), dose: { mcg: 60_000 as DoseMcg } };
    const outcomes = await Promise.allSettled([
      writer.save(users[0] as UserId, good, id(100)),
      writer.save(users[0] as UserId, bad, id(101)),
      writer.save(users[1] as UserId, good, id(102)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const days = (await listEntries(t.db, users[0] as UserId, { from: '2026-02-01', to: '2026-02-28' })).map((e) => e.day);
    expect(days).toEqual(['2026-02-01']);
  });

  it('keeps awkward text exactly as written when a batch carries it (the columns travel as PostgreSQL arrays)', async () => {
    const writer = new DayWriter(t.db);
    const awkward = ['say "hi", {then} \\ leave', 'NULL', '', 'line one\nline two', 'Ünïcödé 💊 ½ mg', "it's; DROP TABLE users;--"];
    const saved = await Promise.all(
      awkward.map((note, i) =>
        writer.save(
          users[1] as UserId,
          parseEntry({ day: `2026-03-${String(i + 1).padStart(2, '0')}`, note, dose: { mg: 1.5, pharmacy: note, lot: note } }),
          id(200 + i),
        ),
      ),
    );
    expect(saved.map((s) => s.entry.note)).toEqual(awkward.map((n) => (n === '' ? undefined : n)));
    const stored = await listEntries(t.db, users[1] as UserId, { from: '2026-03-01', to: '2026-03-31' });
    expect(stored.map((e) => e.dose?.pharmacy ?? '')).toEqual(awkward);
    expect(stored.map((e) => e.dose?.mcg)).toEqual(awkward.map(() => 1500));
  });
});
