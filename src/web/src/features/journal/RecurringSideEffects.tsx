import { RECURRING_MIN_DAYS, RECURRING_WINDOW_DAYS } from '../../../../core/journal/recurring-side-effects.js';
import { SourceList } from '../planner/SourceList.js';
import { daysFrom, formatDay } from './dates.js';
import { groupByAdvice, joinedLabels as joined, type Recurring } from './recurringGroups.js';
import type { Insights } from './types.js';

function RecurringCard({ group }: { group: readonly Recurring[] }): React.JSX.Element {
  const first = group[0] as Recurring;
  const span = daysFrom(first.window.from, first.window.to) + 1;
  const severe = group.filter((i) => i.severe).map((i) => i.label);
  return (
    <li className={`status-card ${severe.length > 0 ? 'tone-bad' : 'tone-warn'}`}>
      <h3>{joined(group.map((i) => i.label))}</h3>
      {group.length === 1 ? (
        <p>
          Logged on {first.days} of the {span} days from {formatDay(first.window.from)} to {formatDay(first.window.to)}.
        </p>
      ) : (
        <>
          <p>
            In the {span} days from {formatDay(first.window.from)} to {formatDay(first.window.to)}:
          </p>
          <ul>
            {group.map((i) => (
              <li key={i.key}>
                {i.label}: logged on {i.days} days
              </li>
            ))}
          </ul>
        </>
      )}
      {severe.length > 0 ? (
        <p>
          <strong>
            <span aria-hidden="true">⚠ </span>
            {group.length > 1 ? `${joined(severe)} rated severe` : 'Rated severe'} on at least one of these days: contact your prescriber.
          </strong>
        </p>
      ) : null}
      {first.advice.length === 0 ? (
        <p>The planner has no guidance of its own for this side effect; mention it to your prescriber.</p>
      ) : (
        first.advice.map((a) => (
          <div key={a.id} className="recurring-advice">
            <h4>Planner guidance: {a.title}</h4>
            <p>{a.text}</p>
            <SourceList sources={a.sources} collapsed />
          </div>
        ))
      )}
    </li>
  );
}

/** Side effects logged on several recent days, each with the planner's sourced guidance; hidden when there are none. */
export function RecurringSideEffects({ items }: { items: Insights['recurringSideEffects'] }): React.JSX.Element | null {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="recurring-side-effects">
      <h2 id="recurring-side-effects">Side effects logged often lately</h2>
      <p className="hint">
        Listed when a side effect is logged on at least {RECURRING_MIN_DAYS} of the {RECURRING_WINDOW_DAYS} days ending on your latest
        entry. That rule is this app’s choice, to point out a pattern worth a look; it is not a medical threshold.
      </p>
      <p className="boxed-notice">
        This is general guidance from published and practice sources, not a decision about your treatment. Talk to your prescriber before
        changing your dose.
      </p>
      <ul className="recurring-list">
        {groupByAdvice(items).map((group) => (
          <RecurringCard key={group.map((i) => i.key).join(' ')} group={group} />
        ))}
      </ul>
    </section>
  );
}
