import { useId, type ReactNode } from 'react';
import { FieldError } from './FieldError.js';

/** What a control needs from its frame: its id, and the hint, description and error to name in aria-describedby. */
export interface ControlWiring {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

/**
 * The label, hint and error around one form control, tied to it by id and aria-describedby.
 * TextField and SelectField differ only in the control they render inside it.
 * A `description` (paragraphs, lists, sources: more than a one-line hint) follows the field rather than
 * sitting in it, so the field keeps its own spacing and the control stays next to its label.
 */
export function FieldFrame({
  label,
  hint,
  description,
  error,
  children,
}: {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly description?: ReactNode;
  readonly error?: string | undefined;
  children(wiring: ControlWiring): ReactNode;
}): React.JSX.Element {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', description ? `${id}-description` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const field = (
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
  if (!description) return field;
  return (
    <>
      {field}
      <div id={`${id}-description`}>{description}</div>
    </>
  );
}
