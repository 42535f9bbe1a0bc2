import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame.js';

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
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(wiring) => <input {...rest} {...wiring} data-field={field} value={value} onChange={(e) => onValue(e.target.value)} />}
    </FieldFrame>
  );
}
