import { Link } from 'wouter';
import type { TrialResponse } from '../../../../contracts/trials.js';
import { useApiData } from '../journal/useApiData.js';
import { formatDay } from '../journal/dates.js';
import { BlindingExplainer } from './BlindingExplainer.js';

export function TrialsHome(): React.JSX.Element {
  const trials = useApiData<{ trials: TrialResponse[] }>('/api/trials');
  return (
    <>
      <h1 tabIndex={-1}>N-of-1 trials</h1>
      <p className="lead">
        An n-of-1 trial tests LDN in one person: you take LDN and a look-alike (a placebo, or another dose) in short periods, in an order
        drawn by chance and hidden from you, and score one symptom every day in your journal. At the end the periods are compared.
      </p>
      <BlindingExplainer />
      <p>
        <Link href="/new" className="button-link">
          Design a new trial
        </Link>
      </p>
      <h2>Your trials</h2>
      {trials.error ? <p role="alert">Your trials could not be loaded: {trials.error}</p> : null}
      {trials.data ? (
        trials.data.trials.length === 0 ? (
          <p>No trials yet.</p>
        ) : (
          <ul className="trial-list">
            {trials.data.trials.map((t) => (
              <li key={t.id}>
                <Link href={`/${t.id}`}>
                  {t.comparison} on {t.primaryOutcome}
                </Link>{' '}
                — {formatDay(t.start)} to {formatDay(t.end)}, {t.status === 'sealed' ? 'blinded' : 'unblinded'}
              </li>
            ))}
          </ul>
        )
      ) : (
        <p role="status">Loading…</p>
      )}
    </>
  );
}
