import { useId } from 'react';
import { FieldError } from '../../components/form/FieldError.js';
import { scaleEnds } from './scaleHints.js';

const VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export interface ScoreScaleProps {
  readonly scaleKey: string;
  readonly label: string;
  readonly value: number | undefined;
  onValue(value: number | undefined): void;
  readonly error?: string | undefined;
}

/**
 * One 0-10 rating as native radio buttons drawn as large tiles: Tab enters the
 * group, arrow keys move, and every tile is a 44 px target that wraps at 360 px.
 */
export function ScoreScale({ scaleKey, label, value, onValue, error }: ScoreScaleProps): React.JSX.Element {
  const id = useId();
  const ends = scaleEnds(scaleKey);
  return (
    <fieldset className="score-scale" data-field={`scores.${scaleKey}`} aria-describedby={`${id}-ends`}>
      <legend>
        {label}
        <span className="score-value">{value === undefined ? ' (not rated)' : `: ${value}`}</span>
      </legend>
      <p id={`${id}-ends`} className="hint">
        0 = {ends.low}, 10 = {ends.high}
      </p>
      <FieldError id={`${id}-error`} message={error} />
      <div className="score-tiles">
        {VALUES.map((v) => (
          <label key={v} className="score-tile">
            <input type="radio" name={`${id}-score`} value={v} checked={value === v} onChange={() => onValue(v)} />
            <span>{v}</span>
          </label>
        ))}
      </div>
      {value === undefined ? null : (
        <button type="button" className="link-button" onClick={() => onValue(undefined)}>
          Clear {label.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}
