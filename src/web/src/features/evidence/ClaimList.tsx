import { Link } from 'wouter';
import type { EvidenceClaimResponse } from '../../../../contracts/evidence.js';
import { VerdictLabel } from './Labels.js';

/** Claims in our own paraphrase with the verdict and why; `showSource` links each to its article's page. */
export function ClaimList({
  claims,
  showSource,
  studyLabels,
}: {
  claims: readonly EvidenceClaimResponse[];
  showSource: boolean;
  /** "Bruun 2024" for a study id, where the page knows it; otherwise the id is shown. */
  studyLabels?: ReadonlyMap<string, string>;
}): React.JSX.Element {
  if (claims.length === 0) return <p>No article claim about this has been recorded.</p>;
  return (
    <ul className="claim-list">
      {claims.map((c) => (
        <li key={c.id} id={`claim-${c.id}`} tabIndex={-1} className={`claim claim-${c.verdict}`}>
          <p className="claim-verdict">
            <VerdictLabel verdict={c.verdict} />
          </p>
          <p className="claim-text">
            <span className="muted">The article said, in our words: </span>
            {c.paraphrase}
          </p>
          <p className="claim-reason">
            <strong>Why: </strong>
            {c.reason}
          </p>
          {showSource ? (
            <p className="claim-source">
              From <Link href={`/sources/${c.sourceId}#claim-${c.id}`}>{c.sourceTitle}</Link>
            </p>
          ) : null}
          {c.studies.length > 0 ? (
            <p className="claim-studies">
              Checked against:{' '}
              {c.studies.map((id, i) => (
                <span key={id}>
                  {i > 0 ? ', ' : ''}
                  <Link href={`/studies/${id}`}>{studyLabels?.get(id) ?? id}</Link>
                </span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
