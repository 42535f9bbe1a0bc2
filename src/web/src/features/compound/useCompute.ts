import { useState } from 'react';
import { api, ApiError } from '../../api/client.js';
import { useFormErrors, type FormErrors } from '../../components/form/useFormErrors.js';
import type { Checked } from './compound-form.js';
import { readableError } from './readable-error.js';

/** The fields of a form state that hold the text of a box. */
type TextKey<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F] & string;

export interface Compute<Body> {
  readonly errors: FormErrors;
  readonly busy: boolean;
  submit(checked: Checked<Body>): Promise<void>;
  /** TextField props for one of the form's number boxes, named by its API field. */
  numberField<F extends object>(
    fields: F,
    onFields: (fields: F) => void,
    key: TextKey<F>,
  ): {
    field: string;
    value: string;
    onValue(v: string): void;
    error: string | undefined;
    autoComplete: string;
    inputMode: 'numeric' | 'decimal';
  };
}

/**
 * One calculator form's submit: the browser's own checks, then the POST; any
 * problem lands on the field it names (and takes focus) through useFormErrors.
 */
export function useCompute<Body, Result>(path: string, onResult: (result: Result) => void): Compute<Body> {
  const errors = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(checked: Checked<Body>): Promise<void> {
    errors.clear();
    if (!checked.ok) {
      errors.report(new ApiError(400, 'LDN_VALIDATION_FAILED', checked.message, checked.field));
      return;
    }
    setBusy(true);
    try {
      onResult(await api.post<Result>(path, checked.body));
    } catch (caught) {
      errors.report(readableError(caught));
    } finally {
      setBusy(false);
    }
  }

  const numberField: Compute<Body>['numberField'] = (fields, onFields, key) => ({
    field: key,
    value: fields[key] as string,
    onValue: (v) => onFields({ ...fields, [key]: v }),
    error: errors.errorFor(key),
    autoComplete: 'off',
    // Days are whole; doses, strengths and volumes take a decimal point.
    inputMode: key === 'days' ? 'numeric' : 'decimal',
  });

  return { errors, busy, submit, numberField };
}
