import { useState } from 'react';
import { api } from '../../api/client.js';
import { EntrySummary } from './EntrySummary.js';
import type { History } from './types.js';

/** Earlier versions of a day, fetched only when the disclosure is opened. */
export function EntryHistory({ entryId, version }: { entryId: string; version: number }): React.JSX.Element {
  const [history, setHistory] = useState<History | null>(null);
  const [error, setError] = useState<string | null>(null);

  function toggled(e: React.SyntheticEvent<HTMLDetailsElement>): void {
    if (!e.currentTarget.open) return;
    api
      .get<History>(`/api/journal/entries/${encodeURIComponent(entryId)}/history`)
      .then(setHistory, () => setError('The earlier versions could not be loaded.'));
  }

  return (
    <details className="history" onToggle={toggled}>
      <summary>Earlier versions of this day ({version > 1 ? version - 1 : 'none'})</summary>
      {error ? <p role="alert">{error}</p> : null}
      {history === null && !error ? <p>Loading…</p> : null}
      {history && history.revisions.length === 0 ? <p>This day has not been changed since it was first saved.</p> : null}
      {history && history.revisions.length > 0 ? (
        <ol>
          {history.revisions.map((r) => (
            <li key={r.version}>
              Version {r.version}, replaced {new Date(r.replacedAt).toLocaleString('en-GB')}: <EntrySummary entry={r.entry} />
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}
