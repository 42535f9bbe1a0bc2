import { Link } from 'wouter';
import type { TrialAnalysisResponse } from '../../../../contracts/trials.js';
import { useApiData } from '../journal/useApiData.js';
import { MODEL_EXPLAINED, MODEL_METHOD, priorExplained } from '../../../../core/trials/model-note.js';

const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

/** The result after unblinding, with the clinician report as HTML and PDF. */
export function TrialReportPage({ id }: { id: string }): React.JSX.Element {
  const a = useApiData<TrialAnalysisResponse>(`/api/trials/${encodeURIComponent(id)}/analysis`);
  const base = `/api/trials/${encodeURIComponent(id)}`;
  return (
    <>
      <h1 tabIndex={-1}>Trial result</h1>
      {a.error ? <p role="alert">{a.error}</p> : null}
      {a.data ? (
        <>
          <p className="result">{a.data.headline}</p>
          <ul>
            <li>
              Mean difference {a.data.armLabels?.A ?? 'A'} minus {a.data.armLabels?.B ?? 'B'}: {f(a.data.meanDifference)} (95% interval{' '}
              {f(a.data.ci95[0])} to {f(a.data.ci95[1])}), from {a.data.pairsAnalysed} pairs.
            </li>
            <li>Randomisation test: p = {f(a.data.randomizationP)}.</li>
            <li>
              Chance that the benefit is bigger than {a.data.mcid} point(s): {Math.round(a.data.posteriorProbAboveMcid * 100)}%.
              <p className="hint model-note">
                How this chance is worked out: {MODEL_EXPLAINED} {priorExplained(a.data.prior)} Method: {MODEL_METHOD.citation} (
                <a href={`https://doi.org/${MODEL_METHOD.doi}`}>doi:{MODEL_METHOD.doi}</a>).
              </p>
            </li>
          </ul>
          {a.data.warnings.length > 0 ? (
            <ul className="warnings">
              {a.data.warnings.map((w) => (
                <li key={w.code + (w.period ?? '')}>{w.message}</li>
              ))}
            </ul>
          ) : null}
          <p>{a.data.notice}</p>
          <p>
            <a href={`${base}/report.html`} target="_blank" rel="noopener">
              Open the clinician report (HTML)
            </a>
          </p>
          <p>
            <a href={`${base}/report.pdf`} download>
              Download the clinician report (PDF)
            </a>
          </p>
        </>
      ) : a.error ? null : (
        <p role="status">Loading the result…</p>
      )}
      <p>
        <Link href={`/${id}`}>Back to the trial</Link>
      </p>
    </>
  );
}
