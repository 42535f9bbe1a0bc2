/**
 * Sorting and filtering of the condition page's studies table, framework-free so it
 * is unit-tested (studyTable.test.ts). Design sorts by strength of design (the
 * order the grading rule uses), not alphabetically.
 */
import type { EvidenceStudyResponse } from '../../../../contracts/evidence.js';

export type SortKey = 'study' | 'year' | 'design' | 'n' | 'direction';
export type SortDir = 'ascending' | 'descending';

/** Same order as STUDY_DESIGNS in src/core/evidence/schema.ts (copied so the page does not bundle zod; a test guards the copy). */
export const DESIGN_RANK: readonly string[] = [
  'meta-analysis',
  'systematic-review',
  'rct',
  'rct-crossover',
  'controlled-trial',
  'single-blind-placebo',
  'open-label',
  'cohort',
  'retrospective',
  'case-series',
  'case-report',
  'narrative-review',
  'animal',
  'in-vitro',
  'registration',
];
const DIRECTION_RANK = ['positive', 'mixed', 'null', 'negative', 'not-applicable'];

export interface TableState {
  readonly sort: SortKey;
  readonly dir: SortDir;
  /** '' means any. */
  readonly design: string;
  readonly direction: string;
}

export const INITIAL_TABLE: TableState = { sort: 'design', dir: 'ascending', design: '', direction: '' };

function compare(a: EvidenceStudyResponse, b: EvidenceStudyResponse, key: SortKey): number {
  switch (key) {
    case 'study':
      return a.label.localeCompare(b.label, 'en');
    case 'year':
      return a.citation.year - b.citation.year;
    case 'design':
      return DESIGN_RANK.indexOf(a.design) - DESIGN_RANK.indexOf(b.design);
    case 'n':
      // Unknown sizes go last whichever way the column is sorted.
      return (a.n ?? -1) - (b.n ?? -1);
    case 'direction':
      return DIRECTION_RANK.indexOf(a.direction) - DIRECTION_RANK.indexOf(b.direction);
  }
}

/** Filters, then sorts stably; ties fall back to larger n, then id, so the order never depends on the input order. */
export function tableRows(studies: readonly EvidenceStudyResponse[], s: TableState): EvidenceStudyResponse[] {
  const sign = s.dir === 'ascending' ? 1 : -1;
  return studies
    .filter((x) => (s.design === '' || x.design === s.design) && (s.direction === '' || x.direction === s.direction))
    .sort((a, b) => {
      if (s.sort === 'n' && (a.n === null) !== (b.n === null)) return a.n === null ? 1 : -1;
      return sign * compare(a, b, s.sort) || (b.n ?? -1) - (a.n ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
}

/** Clicking the sorted column flips it; another column starts in its natural order (newest, largest first). */
export function nextSort(s: TableState, key: SortKey): TableState {
  if (s.sort === key) return { ...s, dir: s.dir === 'ascending' ? 'descending' : 'ascending' };
  return { ...s, sort: key, dir: key === 'year' || key === 'n' ? 'descending' : 'ascending' };
}
