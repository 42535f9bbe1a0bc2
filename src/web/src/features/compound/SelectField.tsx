import { useId } from 'react';
import { FieldError } from '../../components/form/FieldError.js';

/** A labelled select that carries the API's field name, so an error about it lands here (like TextField). */
export function SelectField({
  label,
  field,
  value,
  options,
  onValue,
  hint,
  error,
}: {
  label: string;
  field: string;
  value: string;
  options: readonly { readonly value: string; readonly label: string }[];
  onValue(value: string): void;
  hint?: string;
  error?: string | undefined;
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
      <select
        id={id}
        data-field={field}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
