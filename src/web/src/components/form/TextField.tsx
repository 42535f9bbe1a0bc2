import { useId, type InputHTMLAttributes } from 'react';
import { FieldError } from './FieldError.js';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'>;

export interface TextFieldProps extends InputProps {
  readonly label: string;
  /** The API's name for this input, so its errors land here. */
  readonly field: string;
  readonly value: string;
  onValue(value: string): void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/** A labelled input with an optional hint and error, both tied to it by aria-describedby. */
export function TextField({ label, field, value, onValue, hint, error, ...rest }: TextFieldProps): React.JSX.Element {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      <input
        {...rest}
        id={id}
        data-field={field}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
    </div>
  );
}
