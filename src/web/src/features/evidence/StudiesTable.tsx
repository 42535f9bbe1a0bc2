import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { EvidenceStudyResponse } from '../../../../contracts/evidence.js';
import { DESIGN_WORDS, STUDY_DIRECTION } from '../../../../contracts/evidence-words.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { StudyDirectionLabel } from './Labels.js';
import { INITIAL_TABLE, nextSort, tableRows, type SortKey, type TableState } from './studyTable.js';

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'study', label: 'Study' },
  { key: 'year', label: 'Year' },
  { key: 'design', label: 'Design' },
  { key: 'n', label: 'People' },
  { key: 'direction', label: 'Result' },
];

/** The condition's studies: filter by design and result, sort by any column (aria-sort on the sorted one). */
export function StudiesTable({ studies }: { studies: readonly EvidenceStudyResponse[] }): React.JSX.Element {
  const [state, setState] = useState<TableState>(INITIAL_TABLE);
  const designId = useId();
  const directionId = useId();
  const rows = tableRows(studies, state);
  const designs = [...new Set(studies.map((s) => s.design))];
  const directions = [...new Set(studies.map((s) => s.direction))];
  const sortedLabel = COLUMNS.find((c) => c.key === state.sort)?.label ?? '';

  return (
    <>
      <div className="table-filters">
        <div>
          <label htmlFor={designId}>Design</label>
          <select id={designId} value={state.design} onChange={(e) => setState({ ...state, design: e.target.value })}>
            <option value="">Any design</option>
            {designs.map((d) => (
              <option key={d} value={d}>
                {DESIGN_WORDS[d] ?? d}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={directionId}>Result</label>
          <select id={directionId} value={state.direction} onChange={(e) => setState({ ...state, direction: e.target.value })}>
            <option value="">Any result</option>
            {directions.map((d) => (
              <option key={d} value={d}>
                {STUDY_DIRECTION[d].words}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="muted">
        Showing {rows.length} of {studies.length} studies, sorted by {sortedLabel.toLowerCase()} ({state.dir}).
      </p>
      <ScrollTable label="Studies (scrolls sideways on small screens)">
        <table className="studies-table">
          <caption className="visually-hidden">Studies; column headers are buttons that sort the table.</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={state.sort === c.key ? state.dir : undefined}>
                  <button type="button" className="sort-button" onClick={() => setState(nextSort(state, c.key))}>
                    {c.label}
                    <span aria-hidden="true">{state.sort === c.key ? (state.dir === 'ascending' ? ' ↑' : ' ↓') : ' ↕'}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id} data-study={s.id}>
                <th scope="row">
                  <Link href={`/studies/${s.id}`}>{s.label}</Link>
                  {s.citation.title ? <span className="study-title">{s.citation.title}</span> : null}
                </th>
                <td>{s.citation.year}</td>
                <td>{DESIGN_WORDS[s.design] ?? s.design}</td>
                <td>{s.n ?? 'not reported'}</td>
                <td>
                  <StudyDirectionLabel direction={s.direction} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
