import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';

export interface FormErrorState {
  /** The API's `field` (e.g. `dose.mg`) when an element in the form carries it as `data-field`, else null. */
  readonly field: string | null;
  readonly message: string;
}

export interface FormErrors {
  readonly formRef: React.RefObject<HTMLFormElement | null>;
  readonly error: FormErrorState | null;
  /** The message for one field, or undefined. */
  errorFor(field: string): string | undefined;
  /** The message that belongs to no visible field. */
  readonly formError: string | undefined;
  report(caught: unknown): void;
  clear(): void;
}

const FOCUSABLE = 'input:not([type=hidden]), select, textarea, button';

/** "dose.mg: must be ..." reads oddly next to the dose field; the label already names it. */
function messageOf(caught: unknown): { field: string | null; message: string } {
  if (caught instanceof ApiError) {
    const field = caught.field ?? null;
    const prefix = field ? `${field}: ` : '';
    const message = prefix && caught.message.startsWith(prefix) ? caught.message.slice(prefix.length) : caught.message;
    return { field, message: message.charAt(0).toUpperCase() + message.slice(1) };
  }
  return { field: null, message: 'Something went wrong. Check your connection and try again.' };
}

/**
 * Puts an API error next to the input it names (`data-field` in the form) and
 * moves focus there, so keyboard and screen-reader users land on what to fix.
 * Errors naming no visible input are shown at form level and focused instead.
 */
export function useFormErrors(): FormErrors {
  const formRef = useRef<HTMLFormElement | null>(null);
  const [error, setError] = useState<FormErrorState | null>(null);
  const [serial, setSerial] = useState(0);

  const report = useCallback((caught: unknown) => {
    const { field, message } = messageOf(caught);
    const form = formRef.current;
    const known = field !== null && form?.querySelector(`[data-field="${CSS.escape(field)}"]`) ? field : null;
    setError({ field: known, message });
    setSerial((n) => n + 1);
  }, []);

  const clear = useCallback(() => setError(null), []);

  useEffect(() => {
    const form = formRef.current;
    if (!error || !form) return;
    if (error.field === null) {
      form.querySelector<HTMLElement>('[data-form-error]')?.focus();
      return;
    }
    const holder = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(error.field)}"]`);
    const target = holder?.matches(FOCUSABLE) ? holder : holder?.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
  }, [error, serial]);

  return {
    formRef,
    error,
    errorFor: (field) => (error?.field === field ? error.message : undefined),
    formError: error && error.field === null ? error.message : undefined,
    report,
    clear,
  };
}
