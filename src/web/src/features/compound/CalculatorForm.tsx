import type { ReactNode } from 'react';
import { FormError } from '../../components/form/FieldError.js';
import type { Checked } from './compound-form.js';
import type { Compute } from './useCompute.js';

/** The frame both calculators share: the form, its form-level error, and the submit button. */
export function CalculatorForm<Body>({
  label,
  compute,
  request,
  children,
}: {
  readonly label: string;
  readonly compute: Compute<Body>;
  /** Builds the request from the current fields, or names the field the browser's own check refused. */
  request(): Checked<Body>;
  readonly children: ReactNode;
}): React.JSX.Element {
  return (
    <form
      ref={compute.errors.formRef}
      className="stack-form no-print"
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void compute.submit(request());
      }}
    >
      <FormError message={compute.errors.formError} />
      {children}
      <button type="submit" className="primary" disabled={compute.busy}>
        {compute.busy ? 'Working it out…' : 'Work it out'}
      </button>
    </form>
  );
}
