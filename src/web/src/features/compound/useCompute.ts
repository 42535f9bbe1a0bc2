import { useState } from 'react';
import { api, ApiError } from '../../api/client.js';
import { useFormErrors, type FormErrors } from '../../components/form/useFormErrors.js';
import type { Checked } from './compound-form.js';
import { readableError } from './readable-error.js';

/**
 * One calculator form's submit: the browser's own checks, then the POST; any
 * problem lands on the field it names (and takes focus) through useFormErrors.
 */
export function useCompute<Body, Result>(
  path: string,
  onResult: (result: Result) => void,
): { errors: FormErrors; busy: boolean; submit(checked: Checked<Body>): Promise<void> } {
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

  return { errors, busy, submit };
}
