import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/shared/errors.js';
import { parseTrialCsv, readTrialCsvFile } from './trial-csv.js';

const VECTORS = fileURLToPath(new URL('../core/trials/__vectors__/', import.meta.url));

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('parseTrialCsv', () => {
  it('reads every committed fixture without issues, one row per data line', () => {
    const files = readdirSync(VECTORS).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const { rows, issues } = readTrialCsvFile(`${VECTORS}${f}`);
      expect(issues, f).toEqual([]);
      expect(rows.length, f).toBe(readFileSync(`${VECTORS}${f}`, 'utf8').trim().split('\n').length - 1);
    }
  });

  it('reads quoting, CRLF, a BOM, extra columns, blank and too-unwell outcomes', () => {
    const text =
      '\uFEFFDate,Period,Arm,Outcome,note\r\n2026-01-05,1,a,4,"ok, fine"\r\n2026-01-06,1,A,,\r\n2026-01-07,"1",A,too_unwell,"said ""rough"""\r\n';
    expect(parseTrialCsv(text)).toEqual({
      rows: [
        { date: '2026-01-05', period: 1, arm: 'A', outcome: 4 },
        { date: '2026-01-06', period: 1, arm: 'A', outcome: null },
        { date: '2026-01-07', period: 1, arm: 'A', outcome: 'too_unwell' },
      ],
      issues: [],
    });
  });

  it('reports each bad cell with its line number and keeps the good rows', () => {
    const text = [
      'date,period,arm,outcome',
      '2026-01-05,1,A,4',
      '2026-02-30,1,A,4',
      '2026-01-07,1,,5',
      '2026-01-08,0,B,lots',
      '2026-01-09,2,B',
      '',
      '2026-01-10,2,B,3',
    ].join('\n');
    const { rows, issues } = parseTrialCsv(text);
    expect(rows.map((r) => r.date)).toEqual(['2026-01-05', '2026-01-10']);
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [3, 'date'],
      [4, 'arm'],
      [5, 'period'],
      [5, 'outcome'],
      [6, undefined],
    ]);
    expect(issues[1]?.message).toMatch(/arm is missing/);
  });

  it('refuses a file it cannot read at all', () => {
    expect(codeOf(() => parseTrialCsv(''))).toBe('LDN_IMPORT_INVALID_CSV');
    expect(codeOf(() => parseTrialCsv('date,period,outcome\n2026-01-05,1,4\n'))).toBe('LDN_IMPORT_INVALID_CSV');
    expect(codeOf(() => parseTrialCsv('date,period,arm,outcome\n2026-01-05,1,A,"4\n'))).toBe('LDN_IMPORT_INVALID_CSV');
  });
});
