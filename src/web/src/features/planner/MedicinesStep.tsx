import { useId, useState } from 'react';
import { api } from '../../api/client.js';
import { FieldError, FormError } from '../../components/form/FieldError.js';
import { useFormErrors } from '../../components/form/useFormErrors.js';
import type { ScreenResultResponse } from '../../../../contracts/therapy.js';
import { countLines } from './planner-machine.js';

export function MedicinesStep({
  text,
  onText,
  onScreened,
}: {
  text: string;
  onText(text: string): void;
  onScreened(result: ScreenResultResponse): void;
}): React.JSX.Element {
  const id = useId();
  const errors = useFormErrors();
  const [busy, setBusy] = useState(false);
  const error = errors.errorFor('lines');

  async function submit(): Promise<void> {
    errors.clear();
    setBusy(true);
    try {
      onScreened(await api.post<ScreenResultResponse>('/api/therapy/screen', { text }));
    } catch (caught) {
      errors.report(caught);
    } finally {
      setBusy(false);
    }
  }

  const n = countLines(text);
  return (
    <form
      ref={errors.formRef}
      className="stack-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormError message={errors.formError} />
      <div className="field">
        <label htmlFor={id}>Medicines, supplements and situations, one per line</label>
        <p id={`${id}-hint`} className="hint">
          Include painkillers, cough and diarrhoea medicines, anything for the immune system or thyroid, and situations such as planned
          surgery, pregnancy or breastfeeding. Names as on the box are fine, e.g. &quot;Percocet 5/325&quot;.
        </p>
        <FieldError id={`${id}-error`} message={error} />
        <textarea
          id={id}
          data-field="lines"
          rows={8}
          value={text}
          onChange={(e) => onText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          spellCheck={false}
        />
      </div>
      <p className="hint" aria-live="polite">
        {n === 0
          ? 'If you take nothing else and none of these situations applies, leave it empty.'
          : `${n} ${n === 1 ? 'line' : 'lines'} to check.`}
      </p>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Checking…' : 'Check for interactions'}
      </button>
    </form>
  );
}
