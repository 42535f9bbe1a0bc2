/**
 * Reads n-of-1 trial data from CSV (columns date, period, arm, outcome; others
 * ignored) with csv-parse. A file that cannot be read at all throws
 * LDN_IMPORT_INVALID_CSV; a readable file with bad rows returns the good rows
 * and one issue per bad cell, with its line number, so the person can fix them.
 */
import { readFileSync } from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';
import { DomainError } from '../core/shared/errors.js';
import { parseTrialCells, type TrialRow } from '../core/trials/rows.js';

export const TRIAL_CSV_COLUMNS = ['date', 'period', 'arm', 'outcome'] as const;

export interface TrialCsvIssue {
  /** 1-based line in the file (the header is line 1). */
  readonly line: number;
  readonly column?: string;
  readonly message: string;
}

export interface TrialCsvResult {
  readonly rows: TrialRow[];
  readonly issues: TrialCsvIssue[];
}

interface Parsed {
  info: { lines: number };
  record: string[];
}

export function parseTrialCsv(text: string): TrialCsvResult {
  let records: Parsed[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as Parsed[];
  } catch (e) {
    const detail = e instanceof CsvError ? e.message : 'unknown error';
    throw new DomainError('LDN_IMPORT_INVALID_CSV', `The trial CSV cannot be read: ${detail}`, { field: 'file', cause: e });
  }
  const [header, ...body] = records;
  if (!header)
    throw new DomainError('LDN_IMPORT_INVALID_CSV', 'The trial CSV is empty; it needs a header line: date,period,arm,outcome.', {
      field: 'file',
    });
  const names = header.record.map((h) => h.trim().toLowerCase());
  const absent = TRIAL_CSV_COLUMNS.filter((c) => !names.includes(c));
  if (absent.length > 0) {
    throw new DomainError(
      'LDN_IMPORT_INVALID_CSV',
      `The trial CSV header lacks the column(s) ${absent.join(', ')}; expected date,period,arm,outcome.`,
      {
        field: 'header',
        details: { missingColumns: absent },
      },
    );
  }

  const rows: TrialRow[] = [];
  const issues: TrialCsvIssue[] = [];
  for (const { info, record } of body) {
    const line = info.lines;
    if (record.length !== names.length) {
      issues.push({ line, message: `expected ${names.length} cells, found ${record.length}` });
      continue;
    }
    const cells = Object.fromEntries(names.map((n, i) => [n, record[i]]));
    const parsed = parseTrialCells(cells);
    if (parsed.ok) rows.push(parsed.value);
    else for (const issue of parsed.error) issues.push({ line, column: issue.column, message: issue.message });
  }
  return { rows, issues };
}

export function readTrialCsvFile(file: string): TrialCsvResult {
  return parseTrialCsv(readFileSync(file, 'utf8'));
}
