/**
 * n-of-1 trial storage. Every query is scoped by user_id: another person's trial id
 * reads as "not found". The sealed allocation lives in its own table and is read
 * only by `getAllocation`, which the routes call for the pharmacist sheet and,
 * after unblinding, for the analysis and report.
 */
import type { Arm, PatientSchedulePeriod } from '../../core/trials/design.js';
import type { LocalDate } from '../../core/shared/dates.js';
import { DomainError } from '../../core/shared/errors.js';
import type { UserId } from '../../core/shared/ids.js';
import type { Db, Queryable } from '../db.js';

/** What is stored as `trials.design`: the inputs that rebuild the design, the seed included. */
export interface StoredTrialDesign {
  readonly comparison: { readonly kind: 'placebo' } | { readonly kind: 'doses'; readonly aMg: number; readonly bMg: number };
  readonly armLabels: Readonly<Record<Arm, string>>;
  readonly pairs: number;
  readonly periodDays: number;
  readonly washoutDays: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly seed: number;
  readonly primaryOutcome: string;
  readonly mcid: number;
  readonly higherIsBetter: boolean;
}

export interface SealedPeriod {
  readonly period: number;
  readonly pair: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly analysisStart: LocalDate;
  readonly arm: Arm;
  readonly pharmacistCode: string;
}

export interface TrialRecord {
  readonly id: string;
  readonly design: StoredTrialDesign;
  readonly schedule: readonly PatientSchedulePeriod[];
  readonly status: 'sealed' | 'unblinded';
  readonly createdAt: string;
}

export interface Unblinding {
  readonly who: 'patient' | 'clinician';
  readonly kind: 'end' | 'emergency';
  readonly reason: string;
  readonly at: string;
}

interface TrialRow {
  id: string;
  design: StoredTrialDesign;
  schedule: PatientSchedulePeriod[];
  status: 'sealed' | 'unblinded';
  created_at: Date;
}

const fromRow = (r: TrialRow): TrialRecord => ({
  id: r.id,
  design: r.design,
  schedule: r.schedule,
  status: r.status,
  createdAt: new Date(r.created_at).toISOString(),
});

export function trialNotFound(): DomainError {
  return new DomainError('LDN_NOT_FOUND', 'No such trial.', { field: 'id' });
}

export async function createTrial(
  db: Db,
  userId: UserId,
  trial: { id: string; design: StoredTrialDesign; schedule: readonly PatientSchedulePeriod[]; periods: readonly SealedPeriod[] },
): Promise<TrialRecord> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<TrialRow>(
      `INSERT INTO trials (id, user_id, design, schedule) VALUES ($1, $2, $3, $4) RETURNING id, design, schedule, status, created_at`,
      [trial.id, userId, JSON.stringify(trial.design), JSON.stringify(trial.schedule)],
    );
    await tx.query('INSERT INTO trial_allocations (trial_id, user_id, periods, arm_labels) VALUES ($1, $2, $3, $4)', [
      trial.id,
      userId,
      JSON.stringify(trial.periods),
      JSON.stringify(trial.design.armLabels),
    ]);
    return fromRow(rows[0] as TrialRow);
  });
}

export async function listTrials(db: Queryable, userId: UserId): Promise<TrialRecord[]> {
  const { rows } = await db.query<TrialRow>(
    'SELECT id, design, schedule, status, created_at FROM trials WHERE user_id = $1 ORDER BY created_at DESC, id',
    [userId],
  );
  return rows.map(fromRow);
}

export async function getTrial(db: Queryable, userId: UserId, id: string): Promise<TrialRecord> {
  const { rows } = await db.query<TrialRow>('SELECT id, design, schedule, status, created_at FROM trials WHERE id = $1 AND user_id = $2', [
    id,
    userId,
  ]);
  if (!rows[0]) throw trialNotFound();
  return fromRow(rows[0]);
}

/** The sealed key. Callers decide when it may be read (see src/server/routes/trials.ts). */
export async function getAllocation(db: Queryable, userId: UserId, trialId: string): Promise<readonly SealedPeriod[]> {
  const { rows } = await db.query<{ periods: SealedPeriod[] }>(
    'SELECT periods FROM trial_allocations WHERE trial_id = $1 AND user_id = $2',
    [trialId, userId],
  );
  if (!rows[0]) throw trialNotFound();
  return rows[0].periods;
}

export async function recordSheetRelease(db: Queryable, userId: UserId, trialId: string, id: string): Promise<number> {
  await db.query('INSERT INTO trial_sheet_releases (id, trial_id, user_id) VALUES ($1, $2, $3)', [id, trialId, userId]);
  return countSheetReleases(db, userId, trialId);
}

export async function countSheetReleases(db: Queryable, userId: UserId, trialId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM trial_sheet_releases WHERE trial_id = $1 AND user_id = $2',
    [trialId, userId],
  );
  return rows[0]?.n ?? 0;
}

/** Appends to the unblinding log and marks the trial unblinded, in one transaction. */
export async function unblindTrial(
  db: Db,
  userId: UserId,
  trialId: string,
  entry: { id: string; who: Unblinding['who']; kind: Unblinding['kind']; reason: string; at: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await tx.query("UPDATE trials SET status = 'unblinded' WHERE id = $1 AND user_id = $2", [trialId, userId]);
    if (updated.rowCount === 0) throw trialNotFound();
    await tx.query('INSERT INTO trial_unblindings (id, trial_id, user_id, who, kind, reason, at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      entry.id,
      trialId,
      userId,
      entry.who,
      entry.kind,
      entry.reason,
      entry.at.toISOString(),
    ]);
  });
}

export async function listUnblindings(db: Queryable, userId: UserId, trialId: string): Promise<Unblinding[]> {
  const { rows } = await db.query<{ who: Unblinding['who']; kind: Unblinding['kind']; reason: string; at: Date }>(
    'SELECT who, kind, reason, at FROM trial_unblindings WHERE trial_id = $1 AND user_id = $2 ORDER BY at, id',
    [trialId, userId],
  );
  return rows.map((r) => ({ who: r.who, kind: r.kind, reason: r.reason, at: new Date(r.at).toISOString() }));
}
