import { useEffect, useReducer, useRef } from 'react';
import { initialState, reachable, reduce, STEP_TITLES, STEPS } from './planner-machine.js';
import { MedicinesStep } from './MedicinesStep.js';
import { ScreenStep } from './ScreenStep.js';
import { ProtocolStep } from './ProtocolStep.js';
import { ScheduleStep } from './ScheduleStep.js';
import './planner.css';

const pad = (n: number): string => String(n).padStart(2, '0');
/** Today in the browser's own time zone: a plan starts on the day the person is living. */
function today(d = new Date()): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The "Start LDN" flow: list -> safety screen -> protocol and form -> schedule, printable and downloadable. */
export default function PlannerPage(): React.JSX.Element {
  const [state, dispatch] = useReducer(reduce, undefined, () => initialState(today()));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const open = reachable(state);
  const index = STEPS.indexOf(state.step);

  // Each new step moves focus to its heading, so keyboard and screen-reader users start there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [state.step]);

  return (
    <div className="planner">
      <h1 tabIndex={-1}>Start LDN</h1>
      <p className="lead no-print">
        Check your medicines against low-dose naltrexone, then build a dated starting schedule to take to your prescriber. Nothing you enter
        here is stored.
      </p>
      <nav aria-label="Planner steps" className="no-print">
        <ol className="planner-steps">
          {STEPS.map((id, i) => (
            <li key={id} aria-current={id === state.step ? 'step' : undefined}>
              {id !== state.step && open.includes(id) ? (
                <button type="button" className="link-button" onClick={() => dispatch({ type: 'back', to: id })}>
                  {i + 1}. {STEP_TITLES[id]}
                </button>
              ) : (
                <span className={open.includes(id) ? undefined : 'step-locked'}>
                  {i + 1}. {STEP_TITLES[id]}
                  {open.includes(id) ? null : <span className="visually-hidden"> (not yet available)</span>}
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby="planner-step-title">
        <h2 id="planner-step-title" ref={headingRef} tabIndex={-1}>
          <span className="no-print">
            Step {index + 1} of {STEPS.length}:{' '}
          </span>
          {STEP_TITLES[state.step]}
        </h2>
        {state.step === 'medicines' ? (
          <MedicinesStep
            text={state.text}
            onText={(text) => dispatch({ type: 'edit-text', text })}
            onScreened={(result) => dispatch({ type: 'screened', result })}
          />
        ) : null}
        {state.step === 'screen' && state.screen ? (
          <ScreenStep
            screen={state.screen}
            onContinue={() => dispatch({ type: 'continue' })}
            onEdit={() => dispatch({ type: 'back', to: 'medicines' })}
          />
        ) : null}
        {state.step === 'protocol' ? (
          <ProtocolStep
            choices={state.choices}
            onChoose={(choices) => dispatch({ type: 'choose', choices })}
            onPlanned={(plan) => dispatch({ type: 'planned', plan })}
          />
        ) : null}
        {state.step === 'schedule' && state.plan ? (
          <ScheduleStep
            plan={state.plan}
            choices={state.choices}
            onChange={() => dispatch({ type: 'back', to: 'protocol' })}
            onRestart={() => dispatch({ type: 'restart' })}
          />
        ) : null}
      </section>
    </div>
  );
}
