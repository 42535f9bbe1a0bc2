/**
 * Journal storage. Every query is scoped by user_id, so one person's ids can
 * never reach another person's rows: a foreign id reads as "not found".
 */
import type { JournalEntry } from '../../core/journal/entry.js';
import type { StoredEntry } from '../../core/journal/fhir.js';
import type { Scale } from '../../core/journal/scales.js';
import type { LocalDate } from '../../core/shared/dates.js';
import type { DoseMcg } from '../../core/shared/dose.js';
import { DomainError } from '../../core/shared/errors.js';
import type { UserId } from '../../core/shared/ids.js';
import type { Db, Queryable } from '../db.js';

interface EntryRow {
  id: string;
  day: string;
  status: 'logged' | 'too_unwell';
  dose_mcg: number | null;
  dose_time: string | null;
  dose_form: string | null;
  pharmacy: string | null;
  lot: string | null;
  scores: Record<string, number>;
  side_effects: Array<{ key: string; severity: 'mild' | 'moderate' | 'severe' }>;
  note: string | null;
  version: number;
  updated_at: Date;
}

export interface StoredJournalEntry extends StoredEntry {
  readonly version: number;
  readonly updatedAt: string;
}

const COLUMNS = 'id, day, status, dose_mcg, dose_time, dose_form, pharmacy, lot, scores, side_effects, note, version, updated_at';

function fromRow(r: EntryRow): StoredJournalEntry {
  return {
    id: r.id,
    day: r.day as LocalDate,
    status: r.status,
    dose:
      r.dose_mcg === null
        ? null
        : {
            mcg: r.dose_mcg as DoseMcg,
            time: r.dose_time ?? undefined,
            form: (r.dose_form ?? undefined) as NonNullable<JournalEntry['dose']>['form'],
            pharmacy: r.pharmacy ?? undefined,
            lot: r.lot ?? undefined,
          },
    scores: r.scores,
    sideEffects: r.side_effects,
    note: r.note ?? undefined,
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

function values(e: JournalEntry): unknown[] {
  return [
    e.day,
    e.status,
    e.dose?.mcg ?? null,
    e.dose?.time ?? null,
    e.dose?.form ?? null,
    e.dose?.pharmacy ?? null,
    e.dose?.lot ?? null,
    JSON.stringify(e.scores),
    JSON.stringify(e.sideEffects),
    e.note ?? null,
  ];
}

const UNIQUE_VIOLATION = '23505';

export interface DayWrite {
  readonly userId: UserId;
  readonly entry: JournalEntry;
  readonly newId: string;
}

export interface SavedDay {
  readonly entry: StoredJournalEntry;
  readonly created: boolean;
}

/**
 * Records days in one statement: a new day is inserted, an existing one replaced.
 * The BEFORE UPDATE trigger (migration 0001) keeps each old state as a revision.
 * Each (person, day) may appear at most once per call; results come back in input order.
 */
export async function saveDays(db: Queryable, writes: readonly DayWrite[]): Promise<SavedDay[]> {
  if (writes.length === 0) return [];
  // One array per column, so the statement text is the same for any batch size and
  // can be prepared once per connection (PostgreSQL then skips parsing and planning).
  const columns: unknown[][] = Array.from({ length: 12 }, () => []);
  for (const w of writes) [w.newId, w.userId, ...values(w.entry)].forEach((v, i) => columns[i]?.push(v));
  const { rows } = await db.query<EntryRow & { created: boolean; user_id: string }>(
    `INSERT INTO journal_entries (id, user_id, day, status, dose_mcg, dose_time, dose_form, pharmacy, lot, scores, side_effects, note)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[], $5::integer[], $6::text[], $7::text[], $8::text[], $9::text[],
       $10::jsonb[], $11::jsonb[], $12::text[])
     ON CONFLICT (user_id, day) DO UPDATE SET status = EXCLUDED.status, dose_mcg = EXCLUDED.dose_mcg, dose_time = EXCLUDED.dose_time,
       dose_form = EXCLUDED.dose_form, pharmacy = EXCLUDED.pharmacy, lot = EXCLUDED.lot, scores = EXCLUDED.scores,
       side_effects = EXCLUDED.side_effects, note = EXCLUDED.note
     RETURNING ${COLUMNS}, user_id, (xmax = 0) AS created`,
    columns,
    { name: 'journal_save_days' },
  );
  // RETURNING order is not guaranteed, so rows are matched back by (person, day).
  const byKey = new Map(rows.map((r) => [`${r.user_id}|${r.day}`, r]));
  return writes.map((w) => {
    const row = byKey.get(`${w.userId}|${w.entry.day}`);
    if (!row) throw new Error(`saveDays: no row returned for ${w.entry.day}`);
    return { entry: fromRow(row), created: row.created };
  });
}

export async function saveDay(db: Queryable, userId: UserId, entry: JournalEntry, newId: string): Promise<SavedDay> {
  const [saved] = await saveDays(db, [{ userId, entry, newId }]);
  return saved as SavedDay;
}

/** Edits the entry with this id; the day may move only to a day that is still free. */
export async function updateEntry(db: Queryable, userId: UserId, id: string, entry: JournalEntry): Promise<StoredJournalEntry> {
  try {
    const { rows } = await db.query<EntryRow>(
      `UPDATE journal_entries SET day = $3, status = $4, dose_mcg = $5, dose_time = $6, dose_form = $7, pharmacy = $8, lot = $9,
         scores = $10, side_effects = $11, note = $12
       WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [id, userId, ...values(entry)],
    );
    if (!rows[0]) throw notFound();
    return fromRow(rows[0]);
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
      throw new DomainError('LDN_CONFLICT', `There is already an entry for ${entry.day}.`, { field: 'day' });
    }
    throw error;
  }
}

export async function getEntry(db: Queryable, userId: UserId, id: string): Promise<StoredJournalEntry> {
  const { rows } = await db.query<EntryRow>(`SELECT ${COLUMNS} FROM journal_entries WHERE id = $1 AND user_id = $2`, [id, userId]);
  if (!rows[0]) throw notFound();
  return fromRow(rows[0]);
}

export async function listEntries(
  db: Queryable,
  userId: UserId,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<StoredJournalEntry[]> {
  const { rows } = await db.query<EntryRow>(
    `SELECT ${COLUMNS} FROM journal_entries WHERE user_id = $1 AND ($2::date IS NULL OR day >= $2::date) AND ($3::date IS NULL OR day <= $3::date) ORDER BY day`,
    [userId, range.from ?? null, range.to ?? null],
  );
  return rows.map(fromRow);
}

export async function entryHistory(
  db: Queryable,
  userId: UserId,
  id: string,
): Promise<Array<{ version: number; replacedAt: string; entry: StoredJournalEntry }>> {
  await getEntry(db, userId, id);
  // Snapshots are the raw previous rows (to_jsonb(OLD) in the trigger), read back through the same mapping.
  const { rows } = await db.query<{ version: number; replaced_at: Date; snapshot: EntryRow }>(
    'SELECT version, replaced_at, snapshot FROM journal_entry_revisions WHERE entry_id = $1 AND user_id = $2 ORDER BY version',
    [id, userId],
  );
  return rows.map((r) => ({ version: r.version, replacedAt: new Date(r.replaced_at).toISOString(), entry: fromRow(r.snapshot) }));
}

export async function deleteEntry(db: Queryable, userId: UserId, id: string): Promise<void> {
  const r = await db.query('DELETE FROM journal_entries WHERE id = $1 AND user_id = $2', [id, userId]);
  if (r.rowCount === 0) throw notFound();
}

export async function getScales(db: Queryable, userId: UserId): Promise<Array<{ key: string; label: string }>> {
  const { rows } = await db.query<{ key: string; label: string }>(
    'SELECT key, label FROM symptom_scales WHERE user_id = $1 ORDER BY position',
    [userId],
  );
  return rows;
}

export async function setScales(db: Db, userId: UserId, scales: ReadonlyArray<Pick<Scale, 'key' | 'label'>>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM symptom_scales WHERE user_id = $1', [userId]);
    for (const [i, s] of scales.entries()) {
      await tx.query('INSERT INTO symptom_scales (user_id, key, label, position) VALUES ($1, $2, $3, $4)', [userId, s.key, s.label, i]);
    }
  });
}

function notFound(): DomainError {
  return new DomainError('LDN_NOT_FOUND', 'No such journal entry.', { field: 'id' });
}
