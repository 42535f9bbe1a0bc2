import { useId, useState } from 'react';
import { api } from '../../api/client.js';
import { FieldError, FormError } from '../../components/form/FieldError.js';
import { useFormErrors } from '../../components/form/useFormErrors.js';

/** Unblinding cannot be undone: a reason is required and is kept, with who and when, in the trial's log. */
export function UnblindForm({ trialId, onUnblinded }: { trialId: string; onUnblinded(): void }): React.JSX.Element {
  const [who, setWho] = useState<'patient' | 'clinician'>('patient');
  const [kind, setKind] = useState<'end' | 'emergency'>('end');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const id = useId();

  async function unblind(): Promise<void> {
    setBusy(true);
    errors.clear();
    try {
      await api.post(`/api/trials/${trialId}/unblind`, { who, kind, reason });
      onUnblinded();
    } catch (caught) {
      errors.report(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="unblind">
      <h2 id={`${id}-title`}>Unblind the trial</h2>
      <p className="warning-box">
        <strong>This cannot be undone.</strong> Once you see which period was which, the rest of the trial is no longer blind. Unblind at
        the end, or at once if a doctor needs to know what you are taking.
      </p>
      <form
        ref={errors.formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void unblind();
        }}
      >
        <FormError message={errors.formError} />
        <fieldset data-field="kind">
          <legend>Why now</legend>
          <label className="choice">
            <input type="radio" name="kind" checked={kind === 'end'} onChange={() => setKind('end')} /> The trial is over
          </label>
          <label className="choice">
            <input type="radio" name="kind" checked={kind === 'emergency'} onChange={() => setKind('emergency')} /> Emergency: someone needs
            to know now
          </label>
        </fieldset>
        <fieldset data-field="who">
          <legend>Who is asking</legend>
          <label className="choice">
            <input type="radio" name="who" checked={who === 'patient'} onChange={() => setWho('patient')} /> Me
          </label>
          <label className="choice">
            <input type="radio" name="who" checked={who === 'clinician'} onChange={() => setWho('clinician')} /> My clinician
          </label>
        </fieldset>
        <div className="field" data-field="reason">
          <label htmlFor={`${id}-reason`}>Reason (required)</label>
          <FieldError id={`${id}-reason-error`} message={errors.errorFor('reason')} />
          <textarea
            id={`${id}-reason`}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={errors.errorFor('reason') ? true : undefined}
            aria-describedby={errors.errorFor('reason') ? `${id}-reason-error` : undefined}
          />
        </div>
        <button type="submit" disabled={busy}>
          Unblind the trial
        </button>
      </form>
    </section>
  );
}
