import type { PlanResponse } from '../../../../contracts/therapy.js';
import { planRequest, type Choices } from './planner-machine.js';
import { SourceList } from './SourceList.js';

type Advice = PlanResponse['timing'][number];

function AdviceList({ items }: { items: readonly Advice[] }): React.JSX.Element {
  return (
    <ul className="advice">
      {items.map((a) => (
        <li key={a.id}>
          <strong>{a.title}</strong>
          {a.trigger ? <> (if you notice {a.trigger})</> : null}: {a.text}
          <SourceList sources={a.sources} />
        </li>
      ))}
    </ul>
  );
}

const DOWNLOADS = [
  { ext: 'ics', label: 'Calendar file (.ics)' },
  { ext: 'csv', label: 'Spreadsheet (.csv), one row per day' },
] as const;

/** Plain links to the server's exports: the plan request rides in the query, and nothing is stored. */
const exportUrl = (ext: string, request: unknown, inline = false): string =>
  `/api/therapy/plan.${ext}?plan=${encodeURIComponent(JSON.stringify(request))}${inline ? '&disposition=inline' : ''}`;

export function ScheduleStep({
  plan,
  choices,
  onChange,
  onRestart,
}: {
  plan: PlanResponse;
  choices: Choices;
  onChange(): void;
  onRestart(): void;
}): React.JSX.Element {
  const request = planRequest(choices);
  const [first, ...otherNotices] = plan.notices;
  return (
    <>
      <p>
        <strong>{plan.protocol.name}</strong>, from {plan.startDate} to {plan.endDate} ({plan.durationDays} days).{' '}
        {plan.targetReachedOn ? `The target dose is first taken on ${plan.targetReachedOn}.` : 'The plan ends before the target dose.'}
      </p>
      <p className="boxed-notice">
        <strong>Not medical advice.</strong> {first}
      </p>
      {otherNotices.length > 0 ? (
        <ul className="warnings">
          {otherNotices.map((n) => (
            <li key={n}>
              <span aria-hidden="true">⚠ </span>
              {n}
            </li>
          ))}
        </ul>
      ) : null}

      <div className="table-scroll" tabIndex={0} role="region" aria-label="Schedule table">
        <table>
          <caption>Daily dose for each step</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Days</th>
              <th scope="col">Daily dose</th>
            </tr>
          </thead>
          <tbody>
            {plan.steps.map((s) => (
              <tr key={s.index}>
                <td>{s.index + 1}</td>
                <td>{s.from}</td>
                <td>{s.to}</td>
                <td>{s.days}</td>
                <td>
                  {s.label}
                  {s.roundingNote ? <div className="hint">Syringe rounding: {s.roundingNote}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>When to take it</h3>
      <AdviceList items={plan.timing} />
      <h3>If side effects appear</h3>
      <AdviceList items={plan.sideEffectRules} />
      <h3>About this protocol</h3>
      <p>{plan.protocol.description}</p>
      <ul>
        {plan.protocol.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>

      <h3 className="no-print">Print or save</h3>
      <div className="actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print this plan
        </button>
        <a className="button-link" href={exportUrl('html', request, true)} target="_blank" rel="noopener">
          Open the printable page<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
      <ul className="downloads no-print">
        {DOWNLOADS.map((d) => (
          <li key={d.ext}>
            <a href={exportUrl(d.ext, request)} download={`ldn-plan.${d.ext}`}>
              Download: {d.label}
            </a>
          </li>
        ))}
      </ul>
      <div className="actions no-print">
        <button type="button" onClick={onChange}>
          Change protocol or form
        </button>
        <button type="button" onClick={onRestart}>
          Start again
        </button>
      </div>
    </>
  );
}
