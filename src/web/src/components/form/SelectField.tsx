import type { ReactNode } from 'react';
import { FieldFrame } from './FieldFrame.js';

export interface SelectFieldProps {
  readonly label: string;
  /** The API's name for this choice, so its errors land here. */
  readonly field: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  onValue(value: string): void;
  readonly hint?: string | undefined;
  /** More than a hint can hold (paragraphs, sources); shown below the select and named by its aria-describedby. */
  readonly description?: ReactNode;
  readonly error?: string | undefined;
}

/** A labelled select with an optional hint, description and error, wired like TextField. */
export function SelectField({ label, field, value, options, onValue, hint, description, error }: SelectFieldProps): React.JSX.Element {
  return (
    <FieldFrame label={label} hint={hint} description={description} error={error}>
      {(wiring) => (
        <select {...wiring} data-field={field} value={value} onChange={(e) => onValue(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
