/**
 * Journal CSV, one row per day. Columns (documented in src/core/journal/README.md):
 * day, status, dose_mg, dose_time, dose_form, pharmacy, lot, side_effects, note, then score_<scale> per scale.
 * Import reports every bad row with its line number and reason and keeps the good rows.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import { formatMg } from '../shared/dose.js';
import { DomainError } from '../shared/errors.js';
import type { entryInputSchema } from './entry.js';
import { parseEntry, type JournalEntry } from './entry.js';

export const FIXED_COLUMNS = ['day', 'status', 'dose_mg', 'dose_time', 'dose_form', 'pharmacy', 'lot', 'side_effects', 'note'] as const;

export function entriesToCsv(entries: readonly JournalEntry[]): string {
  const scaleKeys = [...new Set(entries.flatMap((e) => Object.keys(e.scores)))].sort();
  const header = [...FIXED_COLUMNS, ...scaleKeys.map((k) => `score_${k}`)];
  const rows = [...entries]
    .sort((a, b) => (a.day < b.day ? -1 : 1))
    .map((e) => [
      e.day,
      e.status,
      e.dose ? formatMg(e.dose.mcg) : '',
      e.dose?.time ?? '',
      e.dose?.form ?? '',
      e.dose?.pharmacy ?? '',
      e.dose?.lot ?? '',
      e.sideEffects.map((s) => `${s.key}:${s.severity}`).join(';'),
      e.note ?? '',
      ...scaleKeys.map((k) => (e.scores[k] === undefined ? '' : String(e.scores[k]))),
    ]);
  return stringify([header, ...rows], { record_delimiter: '\n' });
}

export interface CsvRowError {
  readonly line: number;
  readonly reason: string;
}

export interface CsvImport {
  readonly entries: JournalEntry[];
  readonly errors: CsvRowError[];
}

/** Parses journal CSV; rows that fail are reported, never silently dropped. */
export function entriesFromCsv(text: string): CsvImport {
  const errors: CsvRowError[] = [];
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      info: true,
      trim: true,
      relax_column_count: false,
      skip_records_with_error: true,
      on_skip: (err: { lines?: number; message: string } | undefined) => {
        if (err) errors.push({ line: err.lines ?? 0, reason: err.message });
      },
    }) as typeof records;
  } catch (e) {
    throw new DomainError('LDN_IMPORT_INVALID_CSV', `The file cannot be read as CSV: ${(e as Error).message}`, { field: 'file' });
  }
  const first = records[0];
  if (first && !('day' in first.record)) {
    throw new DomainError('LDN_IMPORT_INVALID_CSV', 'The CSV needs a header row with at least a "day" column.', { field: 'file' });
  }
  const entries: JournalEntry[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    try {
      const input = rowToInput(record);
      const entry = parseEntry(input);
      const dup = seen.get(entry.day);
      if (dup !== undefined) {
        errors.push({ line, reason: `day ${entry.day} already appears on line ${dup}` });
        continue;
      }
      seen.set(entry.day, line);
      entries.push(entry);
    } catch (e) {
      errors.push({ line, reason: describe(e) });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { entries, errors };
}

function rowToInput(r: Record<string, string>): z.input<typeof entryInputSchema> {
  const scores: Record<string, number> = {};
  for (const [k, v] of Object.entries(r)) {
    if (k.startsWith('score_') && v !== '') {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new RowError(`${k}: "${v}" is not a number`);
      scores[k.slice(6)] = n;
    }
  }
  const sideEffects = (r['side_effects'] ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [key, severity = 'mild'] = s.split(':').map((x) => x.trim());
      return { key: key ?? '', severity: severity as 'mild' };
    });
  const doseMg = r['dose_mg'] ?? '';
  const optional = (key: string): string | undefined => (r[key] ? r[key] : undefined);
  return {
    day: r['day'] ?? '',
    status: (r['status'] || 'logged') as 'logged',
    dose: doseMg
      ? {
          mg: doseMg,
          ...(optional('dose_time') ? { time: optional('dose_time') as string } : {}),
          ...(optional('dose_form') ? { form: optional('dose_form') as 'capsule' } : {}),
          ...(optional('pharmacy') ? { pharmacy: optional('pharmacy') as string } : {}),
          ...(optional('lot') ? { lot: optional('lot') as string } : {}),
        }
      : null,
    scores,
    sideEffects,
    ...(optional('note') ? { note: optional('note') as string } : {}),
  };
}

class RowError extends Error {}

function describe(e: unknown): string {
  if (e instanceof RowError) return e.message;
  const issues = (e as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
  if (issues?.[0]) {
    const p = issues[0].path.map(String).join('.');
    const column =
      p === 'dose.mg'
        ? 'dose_mg'
        : p === 'dose.time'
          ? 'dose_time'
          : p === 'dose.form'
            ? 'dose_form'
            : p.startsWith('scores.')
              ? `score_${p.slice(7)}`
              : p;
    return `${column}: ${issues[0].message}`;
  }
  return (e as Error).message;
}
