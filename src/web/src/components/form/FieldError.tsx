/** The message under a label; `role="alert"` so it is announced as soon as it appears. */
export function FieldError({ id, message }: { id: string; message: string | undefined }): React.JSX.Element | null {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/** A form-level error (one that names no visible field); focusable so focus can be moved to it. */
export function FormError({ message }: { message: string | undefined }): React.JSX.Element | null {
  if (!message) return null;
  return (
    <p className="field-error form-error" role="alert" tabIndex={-1} data-form-error>
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
