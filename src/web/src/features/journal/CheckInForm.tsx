import { useId } from 'react';
import { FormError } from '../../components/form/FieldError.js';
import { TextField } from '../../components/form/TextField.js';
import type { FormErrors } from '../../components/form/useFormErrors.js';
import { localDay } from './dates.js';
import { DOSE_FORM_LABELS, type CheckInState } from './entryForm.js';
import { DoseMore } from './DoseMore.js';
import { EntryHistory } from './EntryHistory.js';
import { ScoreScale } from './ScoreScale.js';
import { SideEffectChecklist } from './SideEffectChecklist.js';
import { TooUnwellButton } from './TooUnwellButton.js';
import type { Entry, ScaleChoice } from './types.js';

export interface CheckInFormProps {
  readonly state: CheckInState;
  onChange(next: CheckInState): void;
  onDay(day: string): void;
  readonly saved: Entry | undefined;
  readonly scales: readonly ScaleChoice[];
  readonly errors: FormErrors;
  readonly busy: boolean;
  onSubmit(): void;
  onUnwellSaved(): void;
  /** Confirmation shown under the button that caused it. */
  readonly message: { readonly text: string; readonly near: 'top' | 'bottom' };
}

/**
 * The daily check-in, in the order a tired person needs it: the day, a one-tap
 * way out, the dose (prefilled), one 0-10 rating per measure, side effects, a note.
 */
export function CheckInForm(props: CheckInFormProps): React.JSX.Element {
  const { state, onChange, errors, saved } = props;
  const id = useId();
  const set = <K extends keyof CheckInState>(key: K, value: CheckInState[K]): void => onChange({ ...state, [key]: value });

  return (
    <form
      ref={errors.formRef}
      noValidate
      className="check-in"
      aria-label="Daily check-in"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <FormError message={errors.formError} />
      <TextField
        label="Day"
        field="day"
        type="date"
        max={localDay()}
        required
        hint="Today, or an earlier day to fill in later."
        value={state.day}
        onValue={props.onDay}
        error={errors.errorFor('day')}
      />
      {saved ? (
        <div className="saved-day">
          <p>
            {saved.status === 'too_unwell'
              ? 'This day is saved as too unwell to log. Saving the form below replaces that.'
              : 'This day is already saved; its values are shown below. Saving again keeps the earlier version in its history.'}
          </p>
          <EntryHistory key={`${saved.id}-${saved.version}`} entryId={saved.id} version={saved.version} />
        </div>
      ) : null}
      <TooUnwellButton day={state.day} onSaved={props.onUnwellSaved} onError={errors.report} />
      <p role="status" className="confirmation">
        {props.message.near === 'top' ? props.message.text : ''}
      </p>

      <fieldset className="dose">
        <legend>Dose</legend>
        <TextField
          label="Dose in mg"
          field="dose.mg"
          inputMode="decimal"
          autoComplete="off"
          hint="Leave empty if you took none."
          value={state.doseMg}
          onValue={(v) => set('doseMg', v)}
          error={errors.errorFor('dose.mg')}
        />
        <TextField
          label="Time taken"
          field="dose.time"
          type="time"
          value={state.time}
          onValue={(v) => set('time', v)}
          error={errors.errorFor('dose.time')}
        />
        <div className="field">
          <label htmlFor={`${id}-form`}>Form</label>
          <select
            id={`${id}-form`}
            data-field="dose.form"
            value={state.form}
            onChange={(e) => set('form', e.target.value as CheckInState['form'])}
          >
            <option value="">Not said</option>
            {Object.entries(DOSE_FORM_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <DoseMore state={state} onChange={onChange} errors={errors} />
      </fieldset>

      <fieldset className="scores">
        <legend>How you feel today</legend>
        {props.scales.length === 0 ? <p>No measures chosen. Use “Choose what to rate” below.</p> : null}
        {props.scales.map((s) => (
          <ScoreScale
            key={s.key}
            scaleKey={s.key}
            label={s.label}
            value={state.scores[s.key]}
            error={errors.errorFor(`scores.${s.key}`)}
            onValue={(v) => {
              const scores = { ...state.scores };
              if (v === undefined) delete scores[s.key];
              else scores[s.key] = v;
              set('scores', scores);
            }}
          />
        ))}
      </fieldset>

      <SideEffectChecklist value={state.sideEffects} onValue={(v) => set('sideEffects', v)} error={errors.errorFor('sideEffects')} />

      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          data-field="note"
          rows={3}
          maxLength={4000}
          value={state.note}
          onChange={(e) => set('note', e.target.value)}
        />
      </div>

      <button type="submit" className="primary save-button" disabled={props.busy}>
        Save check-in
      </button>
      <p role="status" className="confirmation">
        {props.message.near === 'bottom' ? props.message.text : ''}
      </p>
    </form>
  );
}
