import { describe, expect, it } from 'vitest';
import type { EvidenceStudyResponse } from '../../../../contracts/evidence.js';
import { INITIAL_TABLE, nextSort, tableRows } from './studyTable.js';

const study = (id: string, design: string, n: number | null, year: number, direction: string): EvidenceStudyResponse =>
  ({ id, label: id, design, n, direction, citation: { authors: 'A', year } }) as unknown as EvidenceStudyResponse;

const rows = [
  study('case', 'case-report', 1, 2020, 'positive'),
  study('big-rct', 'rct', 99, 2024, 'null'),
  study('small-rct', 'rct', 31, 2013, 'positive'),
  study('meta', 'meta-analysis', null, 2025, 'null'),
  study('open', 'open-label', 25, 2018, 'positive'),
];

describe('studies table', () => {
  it('sorts by strength of design first, larger trials first within a design', () => {
    expect(tableRows(rows, INITIAL_TABLE).map((r) => r.id)).toEqual(['meta', 'big-rct', 'small-rct', 'open', 'case']);
  });

  it('sorts n largest first and keeps unknown sizes last in both directions', () => {
    const desc = nextSort(INITIAL_TABLE, 'n');
    expect(desc.dir).toBe('descending');
    expect(tableRows(rows, desc).map((r) => r.id)).toEqual(['big-rct', 'small-rct', 'open', 'case', 'meta']);
    expect(tableRows(rows, nextSort(desc, 'n')).map((r) => r.id)).toEqual(['case', 'open', 'small-rct', 'big-rct', 'meta']);
  });

  it('filters by design and direction together', () => {
    expect(tableRows(rows, { ...INITIAL_TABLE, design: 'rct' }).map((r) => r.id)).toEqual(['big-rct', 'small-rct']);
    expect(tableRows(rows, { ...INITIAL_TABLE, design: 'rct', direction: 'positive' }).map((r) => r.id)).toEqual(['small-rct']);
    expect(tableRows(rows, { ...INITIAL_TABLE, direction: 'negative' })).toEqual([]);
  });

  it('sorts years newest first on first click and flips on the second', () => {
    const year = nextSort(INITIAL_TABLE, 'year');
    expect(tableRows(rows, year).map((r) => r.citation.year)).toEqual([2025, 2024, 2020, 2018, 2013]);
    expect(tableRows(rows, nextSort(year, 'year')).map((r) => r.citation.year)).toEqual([2013, 2018, 2020, 2024, 2025]);
  });
});
