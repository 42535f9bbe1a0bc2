import { useId } from 'react';
import { SEVERITIES, SIDE_EFFECTS, type Severity } from '../../../../core/journal/side-effects.js';
import { FieldError } from '../../components/form/FieldError.js';

export interface SideEffectChecklistProps {
  readonly value: Readonly<Record<string, Severity>>;
  onValue(value: Record<string, Severity>): void;
  readonly error?: string | undefined;
}

/** The checklist from the journal core; ticking an item asks how bad it was (mild unless changed). */
export function SideEffectChecklist({ value, onValue, error }: SideEffectChecklistProps): React.JSX.Element {
  const id = useId();
  const set = (key: string, severity: Severity | undefined): void => {
    const next = { ...value };
    if (severity) next[key] = severity;
    else delete next[key];
    onValue(next);
  };
  return (
    <fieldset className="side-effects" data-field="sideEffects">
      <legend>Side effects today</legend>
      <p className="hint">Tick any you noticed. Leave all clear if none.</p>
      <FieldError id={`${id}-error`} message={error} />
      <ul className="check-list">
        {SIDE_EFFECTS.map((item) => {
          const severity = value[item.key];
          return (
            <li key={item.key}>
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={severity !== undefined}
                  onChange={(e) => set(item.key, e.target.checked ? 'mild' : undefined)}
                />
                {item.label}
              </label>
              {severity ? (
                <div className="severity">
                  <label htmlFor={`${id}-${item.key}`}>How bad: {item.label.toLowerCase()}</label>
                  <select id={`${id}-${item.key}`} value={severity} onChange={(e) => set(item.key, e.target.value as Severity)}>
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
