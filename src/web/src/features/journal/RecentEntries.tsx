import { formatDay } from './dates.js';
import { describeEntry } from './EntrySummary.js';
import type { Entry } from './types.js';

/** The last few days, newest first, each with a way back into the form to edit it. */
export function RecentEntries({ entries, onEdit }: { entries: readonly Entry[]; onEdit(day: string): void }): React.JSX.Element {
  const recent = [...entries].reverse().slice(0, 10);
  return (
    <section aria-labelledby="recent-entries">
      <h2 id="recent-entries">Recent days</h2>
      {recent.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <ul className="entry-list">
          {recent.map((e) => (
            <li key={e.id}>
              <strong>{formatDay(e.day)}</strong>
              <span className="entry-text">{describeEntry(e)}</span>
              <button type="button" className="link-button" onClick={() => onEdit(e.day)}>
                Edit {formatDay(e.day)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
