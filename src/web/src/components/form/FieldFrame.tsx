import { useId, type ReactNode } from 'react';
import { FieldError } from './FieldError.js';

/** What a control needs from its frame: its id, and the hint and error to name in aria-describedby. */
export interface ControlWiring {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

/**
 * The label, hint and error around one form control, tied to it by id and aria-describedby.
 * TextField and SelectField differ only in the control they render inside it.
 */
export function FieldFrame({
  label,
  hint,
  error,
  children,
}: {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  children(wiring: ControlWiring): ReactNode;
}): React.JSX.Element {
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
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
    </div>
  );
}
