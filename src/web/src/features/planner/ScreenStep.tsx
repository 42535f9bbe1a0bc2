import type { ScreenLineResponse, ScreenResultResponse } from '../../../../contracts/therapy.js';
import { ACTION_TEXT, blockedLines, className, discussPoints, isBlocked, verdictLabel } from './planner-machine.js';
import { SourceList } from './SourceList.js';

function Verdict({ line }: { line: ScreenLineResponse }): React.JSX.Element {
  const { symbol, tone } = ACTION_TEXT[line.action];
  const readAs = line.ingredients.map((i) => (className(i.class) ? `${i.name} (${className(i.class)})` : i.name));
  return (
    <li className={`verdict status-card tone-${tone}`}>
      <p className="verdict-label">
        <span aria-hidden="true">{symbol} </span>
        <strong>{verdictLabel(line)}</strong>
      </p>
      <p className="verdict-input">
        Line {line.line}: <q>{line.input}</q>
        {readAs.length > 0 ? <> — read as {readAs.join(' + ')}</> : null}
        {line.situations.length > 0 ? <> — situation: {line.situations.join(', ').replace(/-/g, ' ')}</> : null}
      </p>
      <ul className="reasons">
        {line.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
        {line.washout ? (
          <li>
            Opioid-free gap before a first dose: {line.washout.minDays}
            {line.washout.maxDays === null ? ' or more' : `-${line.washout.maxDays}`} days. {line.washout.advice}
          </li>
        ) : null}
      </ul>
      <SourceList sources={line.sources} collapsed />
    </li>
  );
}

export function ScreenStep({
  screen,
  onContinue,
  onEdit,
}: {
  screen: ScreenResultResponse;
  onContinue(): void;
  onEdit(): void;
}): React.JSX.Element {
  const blocked = blockedLines(screen);
  const { summary } = screen;
  return (
    <>
      {screen.results.length === 0 ? (
        <p>You listed no medicines or situations. If you do take anything, even occasionally, go back and add it.</p>
      ) : (
        <p>
          {screen.results.length} {screen.results.length === 1 ? 'line' : 'lines'} checked: {summary.block} to stop, {summary.caution} to
          check first ({summary.unrecognized} not recognised), {summary.info} to note, {summary.ok} with no interaction listed.
        </p>
      )}
      {isBlocked(screen) ? (
        <div className="block-panel" role="alert">
          <h3>
            <span aria-hidden="true">⛔ </span>A schedule cannot be made with this list
          </h3>
          <p>
            Low-dose naltrexone blocks opioid receptors. With the {blocked.length === 1 ? 'item' : 'items'} below it could stop a medicine
            working or bring on withdrawal, so this planner stops here. Take this page to your prescriber.
          </p>
          {blocked.map((line) => (
            <div key={line.line} className="block-item">
              <h4>
                <q>{line.input}</q>
              </h4>
              <p>What to discuss with your prescriber:</p>
              <ul>
                {discussPoints(line).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
      <h3>Each line</h3>
      <ul className="verdicts">
        {screen.results.map((line) => (
          <Verdict key={line.line} line={line} />
        ))}
      </ul>
      <p className="hint">{screen.notice}</p>
      <div className="actions no-print">
        {isBlocked(screen) ? null : (
          <button type="button" className="primary" onClick={onContinue}>
            Continue to protocol and form
          </button>
        )}
        <button type="button" onClick={onEdit}>
          Change the list
        </button>
      </div>
    </>
  );
}
