import type { SourceRefResponse } from '../../../../contracts/therapy.js';

/** Sources under a statement: citation, identifiers as links, and a mark on weak sources. */
export function SourceList({
  sources,
  collapsed = false,
}: {
  sources: readonly SourceRefResponse[];
  /** Collapsed behind a disclosure on screen; printed pages show them open. */
  collapsed?: boolean;
}): React.JSX.Element | null {
  if (sources.length === 0) return null;
  const list = (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.id}>
          {s.citation}
          {s.strength === 'weak' ? <em> (weak source)</em> : null}
          {s.pmid ? (
            <>
              {' '}
              <a href={`https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/`}>PMID {s.pmid}</a>
            </>
          ) : null}
          {s.doi ? (
            <>
              {' '}
              <a href={`https://doi.org/${s.doi}`}>doi:{s.doi}</a>
            </>
          ) : null}
          {s.nct ? (
            <>
              {' '}
              <a href={`https://clinicaltrials.gov/study/${s.nct}`}>{s.nct}</a>
            </>
          ) : null}
          {s.url && !s.pmid && !s.doi ? (
            <>
              {' '}
              <a href={s.url}>link</a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
  if (!collapsed) {
    return (
      <div className="sources">
        <p className="sources-title">Sources</p>
        {list}
      </div>
    );
  }
  return (
    <details className="sources">
      <summary>Sources ({sources.length})</summary>
      {list}
    </details>
  );
}
