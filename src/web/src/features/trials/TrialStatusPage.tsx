import { Link } from 'wouter';
import type { TrialStatusResponse } from '../../../../contracts/trials.js';
import { formatDay, localDay } from '../journal/dates.js';
import { useApiData } from '../journal/useApiData.js';
import { PharmacistSheet } from './PharmacistSheet.js';
import { UnblindForm } from './UnblindForm.js';

const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)}%`);
const PHASE = { not_started: 'Not started yet', running: 'Running', finished: 'All periods are over' } as const;

/** A running trial as the blinded person sees it: period numbers and dates, adherence and warnings, never an arm. */
export function TrialStatusPage({ id }: { id: string }): React.JSX.Element {
  const status = useApiData<TrialStatusResponse>(`/api/trials/${encodeURIComponent(id)}/status?today=${localDay()}`);
  const created = (history.state as { created?: boolean; warnings?: string[] } | null) ?? null;
  const s = status.data;
  if (!s) {
    return (
      <>
        <h1 tabIndex={-1}>Trial</h1>
        {status.error ? <p role="alert">This trial could not be loaded: {status.error}</p> : <p role="status">Loading the trial…</p>}
        <p>
          <Link href="/">All trials</Link>
        </p>
      </>
    );
  }
  const t = s.trial;
  return (
    <>
      <h1 tabIndex={-1}>
        Trial: {t.comparison} on {t.primaryOutcome}
      </h1>
      {created?.created ? (
        <div role="status" className="ok-box">
          <p>The trial is set up and the order is sealed. Next: print the pharmacist sheet below and take it to the pharmacist.</p>
          {created.warnings && created.warnings.length > 0 ? (
            <ul className="warnings">
              {created.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <p>
        <strong>{t.status === 'sealed' ? 'Blinded' : 'Unblinded'}</strong> · {PHASE[s.phase]}
        {s.currentPeriod !== null ? ` · today is in period ${s.currentPeriod}` : ''} · {formatDay(t.start)} to {formatDay(t.end)}
      </p>
      <ul className="trial-totals">
        <li>
          Days scored: {s.totals.logged} of {s.totals.elapsedAnalysableDays} so far ({pct(s.totals.adherence)})
        </li>
        <li>Too unwell to log: {s.totals.tooUnwell} day(s)</li>
        <li>Not logged: {s.totals.missing} day(s)</li>
      </ul>
      {s.warnings.length > 0 ? (
        <>
          <h2>Warnings</h2>
          <ul className="warnings">
            {s.warnings.map((w) => (
              <li key={`${w.code}-${w.period ?? ''}`}>{w.message}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Periods</h2>
      <p className="hint">
        Score {t.primaryOutcome} in your journal every day. Washout days are logged but not compared. Keep each pack to its period.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Periods">
        <table className="trial-periods">
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Dates</th>
              <th scope="col">Compared from</th>
              <th scope="col">Scored</th>
              <th scope="col">Too unwell</th>
              <th scope="col">Not logged</th>
            </tr>
          </thead>
          <tbody>
            {s.periods.map((p) => (
              <tr key={p.period} aria-current={p.state === 'current' ? 'date' : undefined}>
                <td>{p.period}</td>
                <td>
                  {p.start} – {p.end}
                </td>
                <td>{p.analysisStart}</td>
                <td>
                  {p.logged}/{p.elapsedAnalysableDays}
                </td>
                <td>{p.tooUnwell}</td>
                <td>{p.missing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {t.status === 'sealed' ? (
        <>
          <PharmacistSheet trialId={t.id} releases={s.sheetReleases} onReleased={status.reload} />
          <UnblindForm trialId={t.id} onUnblinded={status.reload} />
        </>
      ) : (
        <>
          <h2>Unblinded</h2>
          <ul>
            {s.unblindings.map((u) => (
              <li key={u.at + u.reason}>
                {formatDay(u.at.slice(0, 10))}, by the {u.who} ({u.kind === 'emergency' ? 'emergency' : 'end of trial'}): {u.reason}
              </li>
            ))}
          </ul>
          <p>
            <Link href={`/${t.id}/report`} className="button-link">
              See the result and the clinician report
            </Link>
          </p>
        </>
      )}
      <p>
        <Link href="/">All trials</Link>
      </p>
    </>
  );
}
